namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// Wraps each activity a host registers, by name (e.g. <c>TradingServices.CreateRegistry</c>): the seam for a host's
/// cross-cutting behaviour around activities, such as the command line's test-only pause hook. A decorator must
/// return the inner activity's result unchanged.
/// </summary>
public interface IActivityDecorator
{
    /// <summary>The activity to register under <paramref name="name"/> in place of <paramref name="activity"/>.</summary>
    /// <param name="name">The activity's registered name.</param>
    /// <param name="activity">The real activity.</param>
    IActivity<TInput, TOutput> Decorate<TInput, TOutput>(string name, IActivity<TInput, TOutput> activity);
}
