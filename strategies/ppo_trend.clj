; PPO (MACD-style) trend: hold 2x Nasdaq-100 while QQQ's percentage price oscillator (12/26) is above its
; 9-day signal line and positive; hold QQQ when the oscillator is rising but still negative; after a
; bearish crossover hold intermediate Treasuries. Uses both indicator call forms.
(defsymphony "PPO Trend" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (percentage-price-oscillator "QQQ" {:short-window 12 :long-window 26})
         (percentage-price-oscillator-signal {:short-window 12 :long-window 26 :smooth-window 9} (asset "QQQ" nil)))
    [(if (> (percentage-price-oscillator {:short-window 12 :long-window 26} (asset "QQQ" nil)) 0)
       [(asset "QLD" nil)]
       [(asset "QQQ" nil)])]
    [(asset "IEF" nil)]))
