; Low-volatility defensive equity: in a calm market (SPY 21-day daily volatility under 1.5 %) hold the three
; least volatile of the defensive and broad sectors by 60-day stdev of returns. In a stressed market
; hold the two least volatile of Treasuries, gold and consumer staples.
(defsymphony "Low Volatility Sectors" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (< (stdev-return "SPY" {:window 21}) 1.5)
    [(filter (stdev-return {:window 60}) (select-bottom 3)
       [(asset "XLP" nil) (asset "XLU" nil) (asset "XLV" nil) (asset "VPU" nil)
        (asset "USMV" nil) (asset "VTV" nil) (asset "SPY" nil) (asset "DLN" nil)])]
    [(filter (stdev-return {:window 60}) (select-bottom 2)
       [(asset "IEF" nil) (asset "TLT" nil) (asset "GLD" nil) (asset "XLP" nil)])]))
