using System.Text.Json;

namespace Alchemiser.Workflow.Orchestration;

/// <summary>
/// Maps orchestrator and activity names (case-insensitive, as Durable Functions' <c>TaskName</c>) to their
/// implementations; what <see cref="LocalDurableRunner"/> dispatches on. Register everything before running; the
/// registry is not thread safe while it is being filled and is read-only afterwards by convention.
/// </summary>
public sealed class WorkflowRegistry
{
    private readonly Dictionary<string, OrchestratorRegistration> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActivityRegistration> _activities = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Registers an orchestrator. <paramref name="factory"/> is called once per execution, so orchestrator objects
    /// never carry state from one run to the next.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public WorkflowRegistry AddOrchestrator<TInput, TOutput>(string name, Func<IOrchestrator<TInput, TOutput>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Add(_orchestrators, name, new OrchestratorRegistration(name, async (context, inputJson, json) =>
        {
            var input = inputJson is null ? default! : JsonSerializer.Deserialize<TInput>(inputJson, json)!;
            var output = await factory().RunAsync(context, input);
            return JsonSerializer.Serialize(output, json);
        }));
        return this;
    }

    /// <summary>Registers an activity object.</summary>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public WorkflowRegistry AddActivity<TInput, TOutput>(string name, IActivity<TInput, TOutput> activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return AddActivity<TInput, TOutput>(name, activity.RunAsync);
    }

    /// <summary>Registers an activity given as a function.</summary>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public WorkflowRegistry AddActivity<TInput, TOutput>(string name, Func<TInput, CancellationToken, Task<TOutput>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Add(_activities, name, new ActivityRegistration(name, async (inputJson, json, cancellationToken) =>
        {
            var input = inputJson is null ? default! : JsonSerializer.Deserialize<TInput>(inputJson, json)!;
            var output = await run(input, cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Serialize(output, json);
        }));
        return this;
    }

    /// <summary>Whether an orchestrator named <paramref name="name"/> is registered.</summary>
    public bool HasOrchestrator(string name) => _orchestrators.ContainsKey(name);

    /// <summary>Whether an activity named <paramref name="name"/> is registered.</summary>
    public bool HasActivity(string name) => _activities.ContainsKey(name);

    internal bool TryGetOrchestrator(string name, out OrchestratorRegistration registration) =>
        _orchestrators.TryGetValue(name, out registration!);

    internal bool TryGetActivity(string name, out ActivityRegistration registration) =>
        _activities.TryGetValue(name, out registration!);

    private static void Add<T>(Dictionary<string, T> map, string name, T registration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!map.TryAdd(name, registration))
            throw new ArgumentException($"'{name}' is already registered", nameof(name));
    }
}

/// <summary>An orchestrator behind a JSON boundary: input JSON in, output JSON out.</summary>
internal sealed record OrchestratorRegistration(
    string Name,
    Func<IWorkflowContext, string?, JsonSerializerOptions, Task<string>> RunAsync);

/// <summary>An activity behind a JSON boundary: input JSON in, output JSON out.</summary>
internal sealed record ActivityRegistration(
    string Name,
    Func<string?, JsonSerializerOptions, CancellationToken, Task<string>> RunAsync);
