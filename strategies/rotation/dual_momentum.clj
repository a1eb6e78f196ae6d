; Dual momentum (absolute + relative): if US stocks beat T-bills over 12 months (absolute momentum), hold
; whichever of US (SPY) and international (EFA) stocks did better over 12 months (relative momentum);
; otherwise hold aggregate bonds (AGG).
(defsymphony "Dual Momentum" {:asset-class "EQUITIES" :rebalance-frequency :daily}
  (if (> (cumulative-return "SPY" {:window 252}) (cumulative-return "BIL" {:window 252}))
    [(if (>= (cumulative-return "SPY" {:window 252}) (cumulative-return "EFA" {:window 252}))
       [(asset "SPY" "SPDR S&P 500 ETF Trust")]
       [(asset "EFA" "iShares MSCI EAFE ETF")])]
    [(asset "AGG" "iShares Core US Aggregate Bond ETF")]))
