using Alchemiser.Infrastructure.Hosting;

namespace Alchemiser.Functions;

/// <summary>The Functions app's services: the same <see cref="TradingServices"/> as the command line, from app settings.</summary>
internal static class FunctionsComposition
{
    /// <summary>
    /// Builds the services from the app settings (Key Vault references resolve into them). The state folder is the
    /// instance's temp folder: in Azure every durable thing lives in the storage account the settings name.
    /// </summary>
    public static TradingServices CreateServices()
    {
        var settings = HostSettings.Environment;
        var home = Path.Combine(Path.GetTempPath(), "alchemiser");
        var strategies = settings.Get(Infrastructure.Configuration.SettingNames.Strategies) ?? Path.Combine(AppContext.BaseDirectory, "strategies");
        // No cache: a warm instance lives across days while the refresh function writes new bars.
        var bars = TradingServices.BarStoreFor(home, settings, TimeProvider.System);
        return TradingServices.Create(new TradingHostOptions { Home = home, StrategiesFolder = strategies, Settings = settings }, bars);
    }
}
