; Nasdaq drawdown ladder: exposure steps down as QQQ's 60-day max drawdown grows: 2x under 10 % (but only
; 1x after six straight days without any pullback, when the move is stretched), 1x between 10 % and 20 %,
; and beyond 20 % the hedge asset with the smallest 60-day drawdown.
(defsymphony "Drawdown Guard" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (< (max-drawdown "QQQ" {:window 60}) 10)
    [(if (= (max-drawdown "QQQ" {:window 6}) 0)
       [(asset "QQQ" nil)]
       [(asset "QLD" nil)])]
    [(if (< (max-drawdown "QQQ" {:window 60}) 20)
       [(asset "QQQ" nil)]
       [(filter (max-drawdown {:window 60}) (select-bottom 1)
          [(asset "TLT" nil) (asset "IEF" nil) (asset "GLD" nil) (asset "UUP" nil) (asset "SHY" nil)])])]))
