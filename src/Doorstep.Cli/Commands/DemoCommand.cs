using System.CommandLine;
using Doorstep.Hosting;
using Doorstep.Platform.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

internal static class DemoCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var residents = new Option<int>("--residents") { Description = "演示居民人数 / how many demo residents", DefaultValueFactory = _ => DemoSeeder.DefaultResidents };
        var seed = new Command("seed", "生成演示区县、居民和账号 / seed the demo district, residents and accounts") { residents };
        seed.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            var count = result.GetValue(residents);
            if (count is < 0 or > 1_000_000)
            {
                return cli.Fail("--residents 应在 0 到 1000000 之间");
            }

            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var accounts = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(count, ct);
            if (accounts is null)
            {
                cli.Result(new { seeded = false, accounts = Array.Empty<DemoAccount>() }, "演示数据已存在，未重复生成");
                return ExitCodes.Ok;
            }

            cli.Result(new { seeded = true, accounts },
                "演示数据已生成。演示账号：\n" + string.Join('\n', accounts.Select(a => $"  {a.User,-14} {a.Password,-14} {a.Role,-22} {a.Name}")));
            return ExitCodes.Ok;
        });
        return new Command("demo", "演示数据 / demo data") { seed };
    }
}
