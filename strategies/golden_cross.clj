; Golden cross trend follower: each of the S&P 500 and the Nasdaq-100 is held (at 2x) only while its
; 50-day average is above its 200-day average (golden cross); after a death cross that half moves to
; intermediate Treasuries and gold. Indicators are written in the subject-last form.
(defsymphony "Golden Cross" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (weight-equal
    [(group "S&P 500 cross"
       [(if (> (moving-average-price {:window 50} (asset "SPY" nil))
               (moving-average-price {:window 200} (asset "SPY" nil)))
          [(asset "SSO" nil)]
          [(weight-equal [(asset "IEF") (asset "GLD")])])])
     (group "Nasdaq-100 cross"
       [(if (> (moving-average-price {:window 50} (asset "QQQ" nil))
               (moving-average-price {:window 200} (asset "QQQ" nil)))
          [(asset "QLD" nil)]
          [(weight-equal [(asset "IEF") (asset "GLD")])])])]))
