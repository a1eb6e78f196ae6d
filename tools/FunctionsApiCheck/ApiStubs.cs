// Stand-ins for the part of the Azure Functions worker and Durable Task APIs that src/Alchemiser.Functions uses, with
// the signatures of shared/AZURE.md (§1–§5). Those packages cannot be restored here, so this project compiles the host's
// sources against these declarations: a renamed activity record or a changed Workflow signature breaks CI instead of
// `azd up`. Not a test of Azure's behaviour; only of our code against the documented API.
#pragma warning disable
namespace Microsoft.DurableTask
{
    using Microsoft.Extensions.Logging;
    public readonly struct TaskName { public TaskName(string n){} public static implicit operator TaskName(string n) => new TaskName(n); }
    public class RetryPolicy { public RetryPolicy(int maxNumberOfAttempts, System.TimeSpan firstRetryInterval, double backoffCoefficient = 1.0, System.TimeSpan? maxRetryInterval = null, System.TimeSpan? retryTimeout = null){} }
    public class TaskOptions { public static TaskOptions FromRetryPolicy(RetryPolicy p) => new TaskOptions(); }
    public class TaskFailureDetails { public string ErrorType {get;} = ""; public string ErrorMessage {get;} = ""; public string? StackTrace {get;} public TaskFailureDetails? InnerFailure {get;} }
    public class TaskFailedException : System.Exception { public int TaskId {get;} public TaskFailureDetails FailureDetails {get;} = new(); }
    public abstract class TaskOrchestrationContext {
        public abstract string InstanceId {get;} public abstract System.DateTime CurrentUtcDateTime {get;} public abstract bool IsReplaying {get;}
        public abstract T? GetInput<T>();
        public abstract System.Threading.Tasks.Task<T> CallActivityAsync<T>(TaskName name, object? input = null, TaskOptions? options = null);
        public abstract System.Threading.Tasks.Task<T> WaitForExternalEvent<T>(string eventName, System.Threading.CancellationToken cancellationToken = default);
        public abstract System.Threading.Tasks.Task<T> WaitForExternalEvent<T>(string eventName, System.TimeSpan timeout);
        public abstract System.Threading.Tasks.Task CreateTimer(System.DateTime fireAt, System.Threading.CancellationToken ct);
        public abstract void SetCustomStatus(object? s); public abstract System.Guid NewGuid();
        public abstract ILogger CreateReplaySafeLogger(string categoryName);
    }
    public record StartOrchestrationOptions(string? InstanceId = null, System.DateTimeOffset? StartAt = null);
}
namespace Microsoft.DurableTask.Client
{
    public enum OrchestrationRuntimeStatus { Running, Completed, ContinuedAsNew, Failed, Canceled, Terminated, Pending, Suspended }
    public class OrchestrationMetadata { public string InstanceId {get;} = ""; public string Name {get;} = ""; public OrchestrationRuntimeStatus RuntimeStatus {get;} public System.DateTimeOffset CreatedAt {get;} public System.DateTimeOffset LastUpdatedAt {get;} public string? SerializedInput {get;} public string? SerializedOutput {get;} public string? SerializedCustomStatus {get;} public Microsoft.DurableTask.TaskFailureDetails? FailureDetails {get;} }
    public abstract class DurableTaskClient {
        public abstract System.Threading.Tasks.Task<string> ScheduleNewOrchestrationInstanceAsync(Microsoft.DurableTask.TaskName orchestratorName, object? input = null, Microsoft.DurableTask.StartOrchestrationOptions? options = null, System.Threading.CancellationToken cancellation = default);
        public abstract System.Threading.Tasks.Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, System.Threading.CancellationToken c = default);
        public abstract System.Threading.Tasks.Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, System.Threading.CancellationToken c = default);
    }
}
namespace Microsoft.Azure.Functions.Worker
{
    using Microsoft.Azure.Functions.Worker.Http;
    public class FunctionAttribute : System.Attribute { public FunctionAttribute(string n){} }
    public class OrchestrationTriggerAttribute : System.Attribute {}
    public class ActivityTriggerAttribute : System.Attribute {}
    public class DurableClientAttribute : System.Attribute {}
    public class TimerTriggerAttribute : System.Attribute { public TimerTriggerAttribute(string s){} }
    public class QueueTriggerAttribute : System.Attribute { public QueueTriggerAttribute(string s){} public string? Connection {get;set;} }
    public enum AuthorizationLevel { Anonymous, Function }
    public class HttpTriggerAttribute : System.Attribute { public HttpTriggerAttribute(AuthorizationLevel l, params string[] methods){} public string? Route {get;set;} }
    public class TimerInfo {}
    public abstract class FunctionContext { public abstract string InvocationId {get;} public System.Threading.CancellationToken CancellationToken {get;} }
    public class WorkerOptions { public global::Azure.Core.Serialization.ObjectSerializer? Serializer {get;set;} }
    public static class DurableTaskClientExtensions {
        public static System.Threading.Tasks.Task<HttpResponseData> CreateCheckStatusResponseAsync(this Microsoft.DurableTask.Client.DurableTaskClient client, HttpRequestData request, string instanceId, System.Threading.CancellationToken cancellation = default) => null!;
        public static System.Threading.Tasks.Task<HttpResponseData> CreateCheckStatusResponseAsync(this Microsoft.DurableTask.Client.DurableTaskClient client, HttpRequestData request, string instanceId, System.Net.HttpStatusCode statusCode, System.Threading.CancellationToken cancellation = default) => null!;
    }
}
namespace Microsoft.Azure.Functions.Worker.Http
{
    public abstract class HttpRequestData { public abstract System.IO.Stream Body {get;} public abstract HttpResponseData CreateResponse(); }
    public abstract class HttpResponseData {}
    public static class HttpExt {
        public static HttpResponseData CreateResponse(this HttpRequestData r, System.Net.HttpStatusCode c) => null!;
        public static System.Threading.Tasks.ValueTask<T?> ReadFromJsonAsync<T>(this HttpRequestData r, System.Threading.CancellationToken c = default) => default;
        public static System.Threading.Tasks.ValueTask WriteAsJsonAsync<T>(this HttpResponseData r, T v, System.Threading.CancellationToken c = default) => default;
    }
}
namespace Microsoft.Azure.Functions.Worker.Builder
{
    public class FunctionsApplicationBuilder { public Microsoft.Extensions.DependencyInjection.IServiceCollection Services {get;} = null!; public FunctionsApplicationBuilder ConfigureFunctionsWebApplication() => this; public Microsoft.Extensions.Hosting.IHost Build() => null!; }
    public static class FunctionsApplication { public static FunctionsApplicationBuilder CreateBuilder(string[] args) => new(); }
}
