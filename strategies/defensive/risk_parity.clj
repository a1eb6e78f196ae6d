; Risk parity: five asset-class sleeves (equities, long and intermediate Treasuries, gold, commodities)
; weighted by the inverse of each sleeve's 60-day NAV volatility, so every sleeve contributes roughly the
; same risk. Bonds carry most of the capital in calm markets; nothing is ever levered.
(defsymphony "Bond/Equity Risk Parity" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (weight-inverse-volatility {:window 60}
    [(group "Equities" [(weight-equal [(asset "SPY" nil) (asset "EFA" nil)])])
     (group "Long Treasuries" [(asset "TLT" nil)])
     (group "Intermediate Treasuries" [(asset "IEF" nil)])
     (group "Gold" [(asset "GLD" nil)])
     (group "Commodities" [(asset "DBC" nil)])]))
