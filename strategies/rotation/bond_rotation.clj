; Bond rotation: hold the two bond ETFs with the best 60-day mean daily return across the duration and
; credit spectrum (Treasuries, TIPS, investment grade, high yield, emerging debt). When long Treasuries
; are very overbought (RSI 14 > 80) it steps back to short Treasuries and T-bills.
(defsymphony "Bond Rotation" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (rsi "TLT" {:window 14}) 80)
    [(weight-equal [(asset "SHY" nil) (asset "BIL" nil)])]
    [(filter (moving-average-return {:window 60}) (select-top 2)
       [(asset "TLT" nil) (asset "IEF" nil) (asset "SHY" nil) (asset "TIP" nil)
        (asset "LQD" nil) (asset "HYG" nil) (asset "EMB" nil) (asset "AGG" nil)])]))
