; TECL: technology momentum with volatility-based position sizing. In a tech uptrend (XLK above its 200-day
; average) it holds TECL, XLK and IEF weighted by inverse 20-day volatility, so the 3x ETF gets less weight
; when it is wild; overbought TECL rotates into UVXY. In a downtrend it buys only deep TECL dips and
; otherwise holds Treasuries and a small inverse-tech hedge, again sized by inverse volatility.
(defsymphony "TECL" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (current-price "XLK") (moving-average-price "XLK" {:window 200}))
    [(if (> (rsi "TECL" {:window 10}) 79)
       [(asset "UVXY" nil)]
       [(weight-inverse-volatility 20
          [(asset "TECL" "Direxion Daily Technology Bull 3X")
           (asset "XLK" "Technology Select Sector SPDR")
           (asset "IEF" "iShares 7-10 Year Treasury Bond ETF")])])]
    [(if (< (rsi "TECL" {:window 10}) 25)
       [(asset "TECL" nil)]
       [(weight-inverse-volatility 20
          [(asset "TLT" nil)
           (asset "IEF" nil)
           (asset "TECS" nil)])])]))
