using System.CommandLine;
using Doorstep.Hosting;
using Doorstep.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var command = new Command("migrate", "把数据库升级到当前版本 / bring the database to the current schema");
        command.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
            cli.Result(new { provider = db.Provider.ToString(), migrations = applied }, $"数据库（{db.Provider}）已是最新：{applied.Count} 个迁移");
            return ExitCodes.Ok;
        });
        return command;
    }
}
