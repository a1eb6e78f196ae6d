; Emerging markets momentum: while EEM trades above its 100-day exponential average, hold the two
; strongest country/region ETFs (China, Brazil, India, EM, developed ex-US) by 126-day return; a very
; oversold EEM (RSI 10 < 25) is bought with 3x EDC; otherwise hold US aggregate bonds.
(defsymphony "Emerging Markets Momentum" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (current-price "EEM") (exponential-moving-average-price "EEM" {:window 100}))
    [(filter (cumulative-return {:window 126}) (select-top 2)
       [(asset "EEM" nil) (asset "EFA" nil) (asset "FXI" nil) (asset "EWZ" nil) (asset "EPI" nil)])]
    [(if (< (rsi "EEM" {:window 10}) 25)
       [(asset "EDC" nil)]
       [(asset "AGG" nil)])]))
