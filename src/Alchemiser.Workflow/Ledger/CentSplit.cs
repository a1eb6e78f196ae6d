namespace Alchemiser.Workflow.Ledger;

/// <summary>Splits a dollar amount by shares into cents that add up to the amount exactly (largest remainder; a tie
/// goes to the earlier share): the strategy attribution of ledger rows and of the per-strategy CSV, so both agree to the cent.</summary>
internal static class CentSplit
{
    /// <summary>
    /// <paramref name="amount"/>, rounded to cents half away from zero, split in proportion to
    /// <paramref name="shares"/> (normalised by their sum). Each part is whole cents with the amount's sign; the parts
    /// sum to the rounded amount. Shares that are not positive and finite get 0; when none is, every part is 0.
    /// </summary>
    public static decimal[] Split(decimal amount, IReadOnlyList<double> shares)
    {
        var parts = new decimal[shares.Count];
        var total = shares.Where(IsUsable).Sum();
        if (!(total > 0))
            return parts;
        var cents = Math.Abs(Math.Round(amount * 100, MidpointRounding.AwayFromZero));
        var remainders = new decimal[shares.Count];
        var given = 0m;
        for (var i = 0; i < shares.Count; i++)
        {
            if (!IsUsable(shares[i]))
                continue;
            var exact = cents * (decimal)(shares[i] / total);
            parts[i] = Math.Floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        var left = cents - given;
        foreach (var i in Enumerable.Range(0, shares.Count).Where(i => IsUsable(shares[i])).OrderByDescending(i => remainders[i]).ThenBy(i => i))
        {
            if (left <= 0)
                break;
            parts[i]++;
            left--;
        }
        var sign = amount < 0 ? -1m : 1m;
        for (var i = 0; i < parts.Length; i++)
            parts[i] = sign * parts[i] / 100;
        return parts;
    }

    private static bool IsUsable(double share) => share > 0 && double.IsFinite(share);
}
