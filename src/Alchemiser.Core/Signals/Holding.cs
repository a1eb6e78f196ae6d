using Alchemiser.Core.Market;

namespace Alchemiser.Core.Signals;

/// <summary>One symbol's weight in an allocation.</summary>
public readonly record struct Holding(Symbol Symbol, double Weight);
