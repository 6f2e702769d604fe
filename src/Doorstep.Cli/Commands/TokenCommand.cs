using System.CommandLine;
using Doorstep.Hosting;
using Doorstep.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

internal static class TokenCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var user = new Option<string>("--user") { Description = "令牌所属用户 / the user the token acts as", Required = true };
        var label = new Option<string>("--label") { Description = "用途说明 / what the token is for", DefaultValueFactory = _ => "cli" };
        var days = new Option<int?>("--days") { Description = "有效天数，缺省不过期 / lifetime in days (default: no expiry)" };
        var create = new Command("create", "为API客户端签发令牌 / issue a bearer token for API clients") { user, label, days };
        create.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            if (result.GetValue(days) is <= 0)
            {
                return cli.Fail("--days 应为正整数");
            }

            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var lifetime = result.GetValue(days) is { } d ? TimeSpan.FromDays(d) : (TimeSpan?)null;
            var token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(result.GetValue(user)!, result.GetValue(label)!, lifetime, Actor.System("cli"), ct);
            if (token is null)
            {
                return cli.Fail($"用户 {result.GetValue(user)} 不存在");
            }

            cli.Result(new { token }, token);
            return ExitCodes.Ok;
        });
        return new Command("token", "API令牌 / API tokens") { create };
    }
}
