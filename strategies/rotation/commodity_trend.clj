; Commodity trend: each commodity ETF is a candidate only while it trades above its 100-day average (an
; `if` without else drops it otherwise); the filter has no selector, so every trending commodity is held
; equally. A fixed TIPS sleeve takes 25 %, and all of it when no commodity is trending.
(defsymphony "Commodity Trend" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (weight-specified
    0.75 (filter (moving-average-return {:window 20})
           [(if (> (current-price "GLD") (moving-average-price "GLD" {:window 100})) [(asset "GLD" nil)])
            (if (> (current-price "SLV") (moving-average-price "SLV" {:window 100})) [(asset "SLV" nil)])
            (if (> (current-price "DBA") (moving-average-price "DBA" {:window 100})) [(asset "DBA" nil)])
            (if (> (current-price "DBE") (moving-average-price "DBE" {:window 100})) [(asset "DBE" nil)])
            (if (> (current-price "DBB") (moving-average-price "DBB" {:window 100})) [(asset "DBB" nil)])
            (if (> (current-price "DBC") (moving-average-price "DBC" {:window 100})) [(asset "DBC" nil)])])
    0.25 (asset "TIP" "iShares TIPS Bond ETF")))
