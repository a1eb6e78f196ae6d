; KLM: an ensemble of trend-following and mean-reversion sub-strategies. Each sub-strategy is a group whose
; own daily NAV is tracked; the filter holds the two groups with the best 10-day mean return (recent
; winners among the models). An overbought Nasdaq (RSI 10 > 80) overrides everything with VIXY.
(defsymphony "KLM Ensemble" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (rsi "QQQ" {:window 10}) 80)
    [(asset "VIXY" nil)]
    [(filter (moving-average-return {:window 10}) (select-top 2)
       [(group "KLM trend: Nasdaq 3x above SMA 200"
          [(if (> (current-price "QQQ") (moving-average-price "QQQ" {:window 200}))
             [(asset "TQQQ" nil)]
             [(asset "IEF" nil)])])
        (group "KLM trend: S&P EMA 8/21 cross"
          [(if (> (exponential-moving-average-price "SPY" {:window 8})
                  (exponential-moving-average-price "SPY" {:window 21}))
             [(asset "UPRO" nil)]
             [(asset "TLT" nil)])])
        (group "KLM mean reversion: small-cap dips"
          [(if (< (rsi "IWM" {:window 10}) 30)
             [(asset "TNA" nil)]
             [(if (> (rsi "IWM" {:window 10}) 75)
                [(asset "SHY" nil)]
                [(asset "IWM" nil)])])])
        (group "KLM mean reversion: semis dips"
          [(if (< (rsi "SOXX" {:window 5}) 25)
             [(asset "SOXL" nil)]
             [(weight-equal [(asset "SOXX" nil) (asset "IEF" nil)])])])
        (group "KLM defensive: bonds and gold"
          [(weight-equal [(asset "TLT" nil) (asset "GLD" nil)])])])]))
