; BTAL hedge: a defensive equity core with the anti-beta fund BTAL as a hedge. While the S&P 500 has not
; fallen more than 8 % from its 3-month high it holds 70 % SPY / 30 % BTAL; in a deeper drawdown it
; switches to a hedge basket (BTAL, long Treasuries, gold, dollar), unless the 21-day drawdown is already
; 20 % or more, where it rebuys half the equity for the rebound.
(defsymphony "BTAL Hedge" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (<= (max-drawdown "SPY" {:window 63}) 8)
    [(weight-specified 0.7 (asset "SPY" nil) 0.3 (asset "BTAL" "AGF U.S. Market Neutral Anti-Beta Fund"))]
    [(if (>= (max-drawdown "SPY" {:window 21}) 20)
       [(weight-specified 0.5 (asset "SPY" nil) 0.5 (asset "BTAL" nil))]
       [(weight-equal [(asset "BTAL" nil) (asset "TLT" nil) (asset "GLD" nil) (asset "UUP" nil)])])]))
