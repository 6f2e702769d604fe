using System.CommandLine;
using Doorstep.Hosting;
using Doorstep.Platform.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

internal static class AuditCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var verify = new Command("verify", "校验审计日志哈希链是否被改动 / check the audit log's hash chain");
        verify.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var broken = await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyAsync(ct);
            cli.Result(new { intact = broken is null, brokenAt = broken }, broken is null ? "审计日志完整" : $"审计日志第 {broken} 条记录被改动或删除");
            return broken is null ? ExitCodes.Ok : ExitCodes.RowsRejected;
        });
        return new Command("audit", "审计日志 / audit log") { verify };
    }
}
