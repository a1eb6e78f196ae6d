; Mean reversion RSI(2) dip buyer (Connors style): above the 200-day average, a 2-day RSI under 10 buys
; the dip with 3x leverage, a 2-day RSI over 90 takes profit into cash, anything else holds the index.
; Below the 200-day it only buys extreme washouts (RSI 2 < 5) and sits in T-bills otherwise.
(defsymphony "RSI(2) Dip Buyer" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (weight-equal
    [(group "S&P 500 RSI(2)"
       [(if (> (current-price "SPY") (moving-average-price "SPY" {:window 200}))
          [(if (< (rsi "SPY" {:window 2}) 10)
             [(asset "UPRO" nil)]
             [(if (> (rsi "SPY" {:window 2}) 90)
                [(asset "BIL" nil)]
                [(asset "SPY" nil)])])]
          [(if (< (rsi "SPY" {:window 2}) 5)
             [(asset "SPY" nil)]
             [(asset "BIL" nil)])])])
     (group "Nasdaq-100 RSI(2)"
       [(if (> (current-price "QQQ") (moving-average-price "QQQ" {:window 200}))
          [(if (< (rsi "QQQ" {:window 2}) 10)
             [(asset "TQQQ" nil)]
             [(if (> (rsi "QQQ" {:window 2}) 90)
                [(asset "BIL" nil)]
                [(asset "QQQ" nil)])])]
          [(if (< (rsi "QQQ" {:window 2}) 5)
             [(asset "QQQ" nil)]
             [(asset "BIL" nil)])])])]))
