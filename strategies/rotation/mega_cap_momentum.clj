; Mega-cap momentum: while the Nasdaq-100 is above its 200-day average, hold the three large-cap stocks
; with the best 6-month (126-day) return among the index heavyweights; a stock listed too recently to
; score simply drops out. In a Nasdaq downtrend hold half QQQ, half intermediate Treasuries.
(defsymphony "Mega-Cap Momentum" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (current-price "QQQ") (moving-average-price "QQQ" {:window 200}))
    [(filter (cumulative-return {:window 126}) (select-top 3)
       [(asset "AAPL" "Apple") (asset "MSFT" "Microsoft") (asset "NVDA" "NVIDIA") (asset "AMZN" "Amazon")
        (asset "GOOGL" "Alphabet") (asset "META" "Meta Platforms") (asset "AVGO" "Broadcom")
        (asset "COST" "Costco") (asset "LLY" "Eli Lilly")])]
    [(weight-equal [(asset "QQQ" nil) (asset "IEF" nil)])]))
