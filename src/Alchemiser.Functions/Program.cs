using Alchemiser.Functions;
using Alchemiser.Infrastructure.Hosting;
using Alchemiser.Workflow.Orchestration;
using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// Inputs, outputs and events cross Durable Functions' history as JSON: the same settings as the local runner
// (enums as names, symbols and instance ids as strings), so a record means the same in both hosts.
builder.Services.Configure<WorkerOptions>(options => options.Serializer = new JsonObjectSerializer(WorkflowJson.Default));
builder.Services.AddSingleton(_ => FunctionsComposition.CreateServices());
builder.Services.AddSingleton(provider => provider.GetRequiredService<TradingServices>().CreateActivities());
builder.Services.AddSingleton(provider => provider.GetRequiredService<TradingServices>().CreateExecutionProcessor());

builder.Build().Run();
