namespace Alchemiser.Workflow.Ledger;

/// <summary>What every <see cref="ITradeLedger"/> accepts, the same for every adapter.</summary>
public static class LedgerEntryRules
{
    /// <summary>The longest client order id accepted.</summary>
    public const int MaxClientOrderIdLength = 128;

    /// <summary>
    /// Throws unless the client order id is 1 to 128 characters without <c>/</c>, <c>\</c>, <c>#</c>, <c>?</c>, white
    /// space or control characters (characters a table key cannot hold).
    /// </summary>
    /// <exception cref="ArgumentException">It is not.</exception>
    public static void ThrowIfInvalidClientOrderId(string? clientOrderId, string parameterName = "clientOrderId")
    {
        if (string.IsNullOrEmpty(clientOrderId) || clientOrderId.Length > MaxClientOrderIdLength ||
            clientOrderId.Any(c => c is '/' or '\\' or '#' or '?' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"invalid client order id '{clientOrderId}'", parameterName);
        }
    }

    /// <summary>Throws when <paramref name="entry"/> cannot be stored.</summary>
    /// <exception cref="ArgumentException">An id, the instance, the symbol or the attribution is missing, the step is not
    /// 0–3, or the client order id is invalid.</exception>
    public static void ThrowIfInvalid(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ThrowIfInvalidClientOrderId(entry.ClientOrderId, nameof(entry));
        if (entry.InstanceId.Value is null)
            throw new ArgumentException("the instance id is the default value", nameof(entry));
        if (entry.Symbol.Value is null)
            throw new ArgumentException("the symbol is the default value", nameof(entry));
        if (string.IsNullOrWhiteSpace(entry.LedgerId) || string.IsNullOrWhiteSpace(entry.PlanId) ||
            string.IsNullOrWhiteSpace(entry.BrokerOrderId))
        {
            throw new ArgumentException("the ledger id, plan id and broker order id must not be empty", nameof(entry));
        }

        if (entry.Step is < 0 or > Core.Execution.ClientOrderId.MaxStep)
            throw new ArgumentException($"step {entry.Step} is not 0-3", nameof(entry));
        if (entry.Attribution is null || entry.Attribution.Any(a => a is null || string.IsNullOrWhiteSpace(a.StrategyId)))
            throw new ArgumentException("the attribution must list strategy ids", nameof(entry));
    }
}
