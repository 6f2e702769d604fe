using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Doorstep.Cli.Tests;

/// <summary>Runs `doorstep` in-process against a test database and captures what it prints.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(TestDatabase database, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings()).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await DoorstepCli.RunAsync(args, output, error, configuration);
        return (exit, output.ToString(), error.ToString());
    }

    public static JsonElement Json(string output) => JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement;
}
