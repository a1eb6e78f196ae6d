; Hedgefundie-style leveraged risk parity (HFEA) with trend guards: while the S&P 500 is above its 200-day
; average, hold 3x S&P (UPRO) and a bond leg weighted by inverse 30-day volatility; the bond leg is 3x
; Treasuries (TMF) only while TLT itself trends up, intermediate Treasuries otherwise. Below the 200-day
; it holds unlevered Treasuries and gold.
(defsymphony "HFEA Trend" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (current-price "SPY") (moving-average-price "SPY" {:window 200}))
    [(weight-inverse-volatility {:window 30}
       [(asset "UPRO" "ProShares UltraPro S&P500")
        (group "Bond leg"
          [(if (> (current-price "TLT") (moving-average-price "TLT" {:window 150}))
             [(asset "TMF" "Direxion Daily 20+ Year Treasury Bull 3X")]
             [(asset "IEF" nil)])])])]
    [(weight-equal [(asset "IEF" nil) (asset "TLT" nil) (asset "GLD" nil)])]))
