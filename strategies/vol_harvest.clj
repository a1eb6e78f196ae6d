; Volatility harvest: a small short-volatility (SVXY) sleeve next to the S&P 500 while markets are calm:
; the 10-day price stdev of SPY below its 50-day stdev (volatility contracting) and VIXY below its 20-day
; average. A VIX spike (VIXY RSI 10 > 70) holds Treasuries and gold; anything else holds SPY and IEF.
(defsymphony "Volatility Harvest" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (rsi "VIXY" {:window 10}) 70)
    [(weight-equal [(asset "IEF" nil) (asset "GLD" nil)])]
    [(if (< (stdev-price "SPY" {:window 10}) (stdev-price "SPY" {:window 50}))
       [(if (< (current-price "VIXY") (moving-average-price "VIXY" {:window 20}))
          [(weight-specified 0.25 (asset "SVXY" nil) 0.75 (asset "SPY" nil))]
          [(asset "SPY" nil)])]
       [(weight-equal [(asset "SPY" nil) (asset "IEF" nil)])])]))
