namespace Alchemiser.Core.Signals;

/// <summary>What a node evaluates to as of a day: weights, Empty, or a failure.</summary>
internal readonly record struct NodeResult(Weights? Weights, EvaluationFailure? Failure)
{
    public static readonly NodeResult Empty = new(null, null);

    public bool IsEmpty => Weights is null && Failure is null;

    public bool Failed => Failure is not null;

    public static NodeResult Of(Weights weights) => new(weights, null);

    public static NodeResult Fail(EvaluationFailure failure) => new(null, failure);
}
