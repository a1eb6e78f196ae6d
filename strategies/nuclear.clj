; Nuclear: leveraged-ETF momentum with volatility guards. When the S&P 500 or Nasdaq-100 is overbought
; (RSI 10 > 79) it hides in long volatility (UVXY/VIXY); deep oversold dips buy 3x ETFs for the bounce.
; Otherwise it follows the 200-day trend: the best 3x ETFs by 90-day mean return in a bull market, the
; strongest hedge (by RSI) in a bear market, and plain QQQ during bear-market rallies.
(defsymphony "Nuclear" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (rsi "SPY" {:window 10}) 79)
    [(weight-equal [(asset "UVXY" "ProShares Ultra VIX Short-Term Futures ETF")
                    (asset "VIXY" "ProShares VIX Short-Term Futures ETF")])]
    [(if (> (rsi "QQQ" {:window 10}) 79)
       [(asset "UVXY" "ProShares Ultra VIX Short-Term Futures ETF")]
       [(if (< (rsi "TQQQ" {:window 10}) 31)
          [(asset "TQQQ" "ProShares UltraPro QQQ")]
          [(if (< (rsi "SOXL" {:window 10}) 30)
             [(asset "SOXL" "Direxion Daily Semiconductor Bull 3X")]
             [(if (> (current-price "SPY") (moving-average-price "SPY" {:window 200}))
                [(group "Bull: leveraged momentum"
                   [(filter (moving-average-return {:window 90}) (select-top 3)
                      [(asset "TQQQ" nil) (asset "SOXL" nil) (asset "UPRO" nil)
                       (asset "TECL" nil) (asset "FAS" nil) (asset "TNA" nil)])])]
                [(group "Bear: hedges"
                   [(if (< (current-price "QQQ") (moving-average-price "QQQ" {:window 20}))
                      [(filter (rsi {:window 20}) (select-top 1)
                         [(asset "SQQQ" nil) (asset "TLT" nil) (asset "UUP" nil)])]
                      [(asset "QQQ" nil)])])])])])])]))
