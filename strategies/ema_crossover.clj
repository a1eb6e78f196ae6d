; EMA crossover trio: the S&P 500, Nasdaq-100 and Russell 2000 are each held while their 10-day EMA is
; above their 30-day EMA and sit in short Treasuries otherwise; each index gets a third of the capital.
(defsymphony "EMA Crossover Trio" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  [(group "SPY EMA 10/30"
     [(if (> (exponential-moving-average-price "SPY" {:window 10}) (exponential-moving-average-price "SPY" {:window 30}))
        [(asset "SPY" nil)]
        [(asset "SHY")])])
   (group "QQQ EMA 10/30"
     [(if (> (exponential-moving-average-price {:window 10} (asset "QQQ" nil))
             (exponential-moving-average-price {:window 30} (asset "QQQ" nil)))
        [(asset "QQQ" nil)]
        [(asset "SHY")])])
   (group "IWM EMA 10/30"
     [(if (> (exponential-moving-average-price "IWM" {:window 10}) (exponential-moving-average-price "IWM" {:window 30}))
        [(asset "IWM" nil)]
        [(asset "SHY")])])])
