using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Doorstep.Cli.Commands;

namespace Doorstep.Cli;

/// <summary>The `doorstep` command: administration of a Doorstep installation from a shell.</summary>
public static class DoorstepCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var json = new Option<bool>("--json") { Description = "以JSON输出结果 / print the result as JSON", Recursive = true };
        var root = new RootCommand("家门口 Doorstep 管理命令 / administration commands") { json };
        Func<ParseResult, CliHost> host = result => new CliHost(output, error, result.GetValue(json), configuration);

        root.Add(MigrateCommand.Create(host));
        root.Add(DemoCommand.Create(host));
        root.Add(UserCommand.Create(host));
        root.Add(TokenCommand.Create(host));
        root.Add(ImportCommand.Create(host));
        root.Add(ExportCommand.Create(host));
        root.Add(CalendarCommand.Create(host));
        root.Add(WorkItemsCommand.Create(host));
        root.Add(SafetyCommand.Create(host));
        root.Add(WallsCommand.Create(host));
        root.Add(AuditCommand.Create(host));

        var parsed = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(invocation);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or FormatException)
        {
            // Bad files and bad input are the user's to fix: say what, never a stack trace.
            return new CliHost(output, error, parsed.GetValue(json), configuration).Fail(ex.Message);
        }
    }
}
