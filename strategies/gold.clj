; Gold and precious metals: in a gold uptrend (GLD above its 150-day average) hold the least overbought of
; gold, silver, miners and 2x gold by 14-day RSI (buying the laggard of a rising complex); when gold is
; below its average but the dollar is weakening (UUP below its 50-day average) hold plain GLD; otherwise
; hold intermediate Treasuries.
(defsymphony "Gold" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (current-price "GLD") (moving-average-price "GLD" {:window 150}))
    [(filter (rsi {:window 14}) (select-bottom 1)
       [(asset "GLD" nil) (asset "SLV" nil) (asset "GDX" nil) (asset "UGL" nil)])]
    [(if (< (current-price "UUP") (moving-average-price "UUP" {:window 50}))
       [(asset "GLD" nil)]
       [(asset "IEF" nil)])]))
