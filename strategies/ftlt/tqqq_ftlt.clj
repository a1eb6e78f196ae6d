; TQQQ For The Long Term (FTLT): hold TQQQ while the S&P 500 is above its 200-day average, stepping into
; UVXY when TQQQ or SPXL is overbought. Below the 200-day it buys oversold dips in TECL/UPRO, otherwise
; holds the stronger of SQQQ and short bonds when TQQQ is below its 20-day average, or TQQQ again when
; it is recovering above it.
(defsymphony "TQQQ FTLT" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (current-price "SPY") (moving-average-price "SPY" {:window 200}))
    [(if (> (rsi "TQQQ" {:window 10}) 79)
       [(asset "UVXY" nil)]
       [(if (>= (rsi "SPXL" {:window 10}) 80)
          [(asset "UVXY" nil)]
          [(asset "TQQQ" nil)])])]
    [(if (< (rsi "TQQQ" {:window 10}) 31)
       [(asset "TECL" nil)]
       [(if (< (rsi "SPY" {:window 10}) 30)
          [(asset "UPRO" nil)]
          [(if (< (current-price "TQQQ") (moving-average-price "TQQQ" {:window 20}))
             [(filter (rsi {:window 10}) (select-top 1)
                [(asset "SQQQ" nil) (asset "BSV" nil)])]
             [(asset "TQQQ" nil)])])])]))
