; Regime switch on a basket's own NAV: a risk-on basket (US large, tech, small caps, emerging) is scored
; as a portfolio. While the basket's 20-day NAV return is positive and its 60-day NAV drawdown stays
; under 12 %, hold the basket (with a 2x kicker when its NAV is above its 100-day NAV average); otherwise
; hold Treasuries and gold.
(defsymphony "Regime Switch" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (cumulative-return {:window 20}
           (group "Risk-on basket"
             [(weight-equal [(asset "SPY" nil) (asset "QQQ" nil) (asset "IWM" nil) (asset "EEM" nil)])]))
         0)
    [(if (< (max-drawdown
              (group "Risk-on basket"
                [(weight-equal [(asset "SPY" nil) (asset "QQQ" nil) (asset "IWM" nil) (asset "EEM" nil)])])
              {:window 60})
            12)
       [(if (> (current-price
                 (group "Risk-on basket"
                   [(weight-equal [(asset "SPY" nil) (asset "QQQ" nil) (asset "IWM" nil) (asset "EEM" nil)])]))
               (moving-average-price
                 (group "Risk-on basket"
                   [(weight-equal [(asset "SPY" nil) (asset "QQQ" nil) (asset "IWM" nil) (asset "EEM" nil)])])
                 {:window 100}))
          [(weight-equal [(asset "SSO" nil) (asset "QQQ" nil) (asset "IWM" nil) (asset "EEM" nil)])]
          [(weight-equal [(asset "SPY" nil) (asset "QQQ" nil) (asset "IWM" nil) (asset "EEM" nil)])])]
       [(weight-equal [(asset "SPY" nil) (asset "IEF" nil)])])]
    [(weight-equal [(asset "TLT" nil) (asset "IEF" nil) (asset "GLD" nil)])]))
