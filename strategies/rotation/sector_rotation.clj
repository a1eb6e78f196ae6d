; Sector rotation by momentum: in a bull market (SPY above its 200-day average) hold the three SPDR sector
; ETFs with the best 3-month (63-day) return. In a bear market hold the single best defensive asset among
; Treasuries, gold and cash by 1-month return.
(defsymphony "Sector Momentum Rotation" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (current-price "SPY") (moving-average-price "SPY" {:window 200}))
    [(filter (cumulative-return {:window 63}) (select-top 3)
       [(asset "XLK" nil) (asset "XLF" nil) (asset "XLE" nil) (asset "XLV" nil) (asset "XLI" nil)
        (asset "XLP" nil) (asset "XLU" nil) (asset "XLY" nil) (asset "XLB" nil)])]
    [(filter (cumulative-return {:window 21}) (select-top 1)
       [(asset "TLT" nil) (asset "IEF" nil) (asset "GLD" nil) (asset "BIL" nil)])]))
