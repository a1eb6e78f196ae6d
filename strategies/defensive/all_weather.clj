; All-weather (permanent portfolio style): fixed weights designed to hold up in growth, recession,
; inflation and deflation: 30 % US stocks, 40 % long Treasuries, 15 % intermediate Treasuries,
; 7.5 % gold and 7.5 % broad commodities. No signals; it only rebalances.
(defsymphony "All Weather" {:asset-class "EQUITIES" :rebalance-frequency :daily :rebalance-threshold 0.03}
  (group "All Weather"
    [(weight-specified
       0.3 (asset "VTI" "Vanguard Total Stock Market ETF")
       0.4 (asset "TLT" "iShares 20+ Year Treasury Bond ETF")
       0.15 (asset "IEF" "iShares 7-10 Year Treasury Bond ETF")
       0.075 (asset "GLD" "SPDR Gold Shares")
       0.075 (asset "DBC" "Invesco DB Commodity Index Tracking Fund"))]))
