; Factor rotation over groups: growth, value, small-cap, high-beta and low-volatility sleeves are scored
; on their own NAV by 63-day mean daily return and the two best are held. A sleeve with a broken trend
; (below its 200-day average) holds Treasuries instead, so its NAV, and with it its rank, falls away.
(defsymphony "Factor Rotation" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (filter (moving-average-return {:window 63}) (select-top 2)
    [(group "Growth"
       [(if (> (current-price "QQQ") (moving-average-price "QQQ" {:window 200}))
          [(weight-equal [(asset "QQQ" nil) (asset "VOOG" nil)])]
          [(asset "IEF" nil)])])
     (group "Value"
       [(if (> (current-price "VTV") (moving-average-price "VTV" {:window 200}))
          [(weight-equal [(asset "VTV" nil) (asset "DLN" nil)])]
          [(asset "IEF" nil)])])
     (group "Small caps"
       [(if (> (current-price "IWM") (moving-average-price "IWM" {:window 200}))
          [(asset "IWM" nil)]
          [(asset "IEF" nil)])])
     (group "High beta"
       [(if (> (current-price "SPHB") (moving-average-price "SPHB" {:window 200}))
          [(asset "SPHB" nil)]
          [(asset "IEF" nil)])])
     (group "Low volatility"
       [(weight-equal [(asset "USMV" nil) (asset "XLP" nil)])])]))
