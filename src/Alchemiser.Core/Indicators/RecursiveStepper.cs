namespace Alchemiser.Core.Indicators;

/// <summary>Steps a recursive kernel: O(1) state, no history kept.</summary>
internal sealed class RecursiveStepper<TKernel>(TKernel kernel) : IndicatorStepper
    where TKernel : struct, IRecursiveKernel
{
    // Must not be readonly: Next mutates the struct, and on a readonly field it would run on a defensive copy.
#pragma warning disable IDE0044 // The analyzer cannot see that a constrained call mutates the field.
    private TKernel _kernel = kernel;
#pragma warning restore IDE0044

    public override double Next(double point) => _kernel.Next(point);
}
