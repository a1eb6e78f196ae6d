; Volatility-targeted 60/40: the classic 60 % stocks / 40 % bonds mix while S&P 500 daily volatility
; (21-day stdev of returns) is below 1 % (about 16 % a year); between 1 % and 2 % the equity share is cut
; to 30 % with the rest in cash, and above 2 % to 10 %, keeping the bond sleeve.
(defsymphony "Vol-Targeted 60/40" {:asset-class "EQUITIES" :rebalance-frequency :daily :rebalance-threshold 0.05}
  (if (< (stdev-return "SPY" {:window 21}) 1)
    [(weight-specified 0.6 (asset "SPY" nil) 0.4 (asset "AGG" nil))]
    [(if (< (stdev-return "SPY" {:window 21}) 2)
       [(weight-specified 0.3 (asset "SPY" nil) 0.4 (asset "AGG" nil) 0.3 (asset "BIL" nil))]
       [(weight-specified 0.1 (asset "SPY" nil) 0.5 (asset "AGG" nil) 0.4 (asset "BIL" nil))])]))
