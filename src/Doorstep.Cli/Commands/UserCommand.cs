using System.CommandLine;
using Doorstep.Hosting;
using Doorstep.Platform.Security;
using Doorstep.Platform.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

internal static class UserCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var name = new Option<string>("--name") { Description = "用户名 / user name", Required = true };
        var role = new Option<string[]>("--role") { Description = "角色，可重复 / role, repeatable: " + string.Join(", ", Roles.All.Select(r => r.Code)), Required = true, AllowMultipleArgumentsPerToken = true };
        var region = new Option<string[]>("--region") { Description = "管辖区划代码，可重复 / region code, repeatable", Required = true, AllowMultipleArgumentsPerToken = true };
        var display = new Option<string?>("--display-name") { Description = "姓名 / display name" };
        var add = new Command("add", "新建用户并打印初始密码 / add a user and print the generated password") { name, role, region, display };
        add.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await DatabaseSetup.MigrateAsync(services, ct);
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<UserService>().CreateAsync(
                new NewUser(result.GetValue(name), result.GetValue(role) ?? [], result.GetValue(region) ?? [], result.GetValue(display)), Actor.System("cli"), ct);
            if (!outcome.Succeeded)
            {
                return cli.Fail(outcome.Errors.ToString(), outcome.Errors.ToDictionary());
            }

            var (user, password) = outcome.Value;
            cli.Result(new { user = user.UserName, password, roles = result.GetValue(role), regions = result.GetValue(region) },
                $"已创建用户 {user.UserName}，初始密码：{password}");
            return ExitCodes.Ok;
        });
        return new Command("user", "用户管理 / users") { add };
    }
}
