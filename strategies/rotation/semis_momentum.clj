; Semiconductor momentum: when SOXL is extremely overbought (RSI 10 > 85) it steps down to SMH and
; bonds. While semis (SOXX) trend above their 200-day average it holds the three strongest names among
; SOXL, SMH and the large chip makers by PPO (12/26 EMA gap); in a downtrend it buys only deep SOXL
; dips and otherwise holds intermediate and short Treasuries.
(defsymphony "Semis Momentum" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (rsi "SOXL" {:window 10}) 85)
    [(weight-equal [(asset "SMH" nil) (asset "IEF" nil)])]
    [(if (> (current-price "SOXX") (moving-average-price "SOXX" {:window 200}))
       [(filter (percentage-price-oscillator {:short-window 12 :long-window 26}) (select-top 3)
          [(asset "SOXL" nil) (asset "SMH" nil) (asset "NVDA" nil) (asset "AMD" nil)
           (asset "AVGO" nil) (asset "TSM" nil) (asset "MU" nil) (asset "QCOM" nil)])]
       [(if (< (rsi "SOXL" {:window 10}) 25)
          [(asset "SOXL" nil)]
          [(weight-equal [(asset "IEF" nil) (asset "SHY" nil)])])])]))
