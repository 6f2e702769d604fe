using System.Text.Json;
using System.Text.Encodings.Web;
using Doorstep.Hosting;
using Doorstep.Platform;
using Doorstep.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Doorstep.Cli;

/// <summary>
/// The services a command runs with: the same composition as the web host, acting as the
/// system (every region), configured from the environment (DOORSTEP_DATA, DOORSTEP_DB, ...).
/// </summary>
internal sealed class CliHost(TextWriter output, TextWriter error, bool json, IConfiguration configuration)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public bool Json { get; } = json;

    /// <summary>Interactive progress only when a person watches a terminal.</summary>
    public bool Interactive => !Json && ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    public ServiceProvider BuildServices()
    {
        var settings = DoorstepSettings.From(configuration);
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Error).AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(typeof(Doorstep.Platform.WorkItems.Notifications.LogOutboundChannel).FullName, LogLevel.Information));
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataFolder, "keys", "dataprotection"))).SetApplicationName("Doorstep");
        services.AddDoorstepCore(configuration, settings);
        services.AddSingleton<IDataScope>(SystemScope.Instance);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public void WriteJson(object value) => Output.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    /// <summary>Prints a result: JSON when --json was given, else the human line.</summary>
    public void Result(object value, string human)
    {
        if (Json)
        {
            WriteJson(value);
        }
        else
        {
            Output.WriteLine(human);
        }
    }

    /// <summary>Reports a failure the user can fix; exit code 2.</summary>
    public int Fail(string message, object? details = null)
    {
        if (Json)
        {
            WriteJson(new { error = message, details });
        }
        else
        {
            Error.WriteLine("错误：" + message);
        }

        return ExitCodes.UsageOrInput;
    }
}

/// <summary>What the exit status of `doorstep` means, for scripts.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int RowsRejected = 1;
    public const int UsageOrInput = 2;
}
