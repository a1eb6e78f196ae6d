; Ensemble of ensembles: three books (offense, balanced, defense) compete on 60-day NAV return and the best
; one is held. Inside, the offense book itself runs a filter over sector sub-strategies (each a group of
; groups), and the balanced book picks the calmer of two allocations, so groups nest three deep with
; filters over groups at two levels. Overbought Nasdaq (TQQQ RSI 10 > 79) parks everything in T-bills.
(defsymphony "Ensemble of Ensembles" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (rsi "TQQQ" {:window 10}) 79)
    [(asset "BIL" nil)]
    [(filter (cumulative-return {:window 60}) (select-top 1)
       [(group "Offense book"
          [(filter (moving-average-return {:window 20}) (select-top 2)
             [(group "Nasdaq sub-strategy"
                [(weight-equal
                   [(group "Nasdaq trend"
                      [(if (> (current-price "QQQ") (moving-average-price "QQQ" {:window 100}))
                         [(asset "TQQQ" nil)]
                         [(asset "IEF" nil)])])
                    (group "Nasdaq dip"
                      [(if (< (rsi "QQQ" {:window 5}) 25)
                         [(asset "QLD" nil)]
                         [(asset "QQQ" nil)])])])])
              (group "Semis sub-strategy"
                [(weight-equal
                   [(group "Semis trend"
                      [(if (> (exponential-moving-average-price "SOXX" {:window 20})
                              (exponential-moving-average-price "SOXX" {:window 50}))
                         [(asset "SOXL" nil)]
                         [(asset "IEF" nil)])])
                    (group "Semis core" [(asset "SMH" nil)])])])
              (group "Financials sub-strategy"
                [(weight-equal
                   [(group "Financials trend"
                      [(if (> (current-price "XLF") (moving-average-price "XLF" {:window 100}))
                         [(asset "FAS" nil)]
                         [(asset "IEF" nil)])])
                    (group "Financials core" [(asset "XLF" nil)])])])
              (group "Small caps sub-strategy"
                [(weight-equal
                   [(group "Small caps trend"
                      [(if (> (current-price "IWM") (moving-average-price "IWM" {:window 100}))
                         [(asset "TNA" nil)]
                         [(asset "IEF" nil)])])
                    (group "Small caps core" [(asset "IWM" nil)])])])])])
        (group "Balanced book"
          [(filter (stdev-return {:window 20}) (select-bottom 1)
             [(group "60/40"
                [(weight-specified 0.6 (group "Stocks" [(asset "SPY" nil)])
                                   0.4 (group "Bonds" [(asset "AGG" nil)]))])
              (group "Risk parity lite"
                [(weight-inverse-volatility 20
                   [(group "Stocks" [(asset "SPY" nil)])
                    (group "Treasuries" [(asset "TLT" nil)])
                    (group "Gold" [(asset "GLD" nil)])])])])])
        (group "Defense book"
          [(weight-equal [(asset "TLT" nil) (asset "GLD" nil) (asset "SHY" nil)])])])]))
