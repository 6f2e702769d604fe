using System.CommandLine;
using Doorstep.Employment.Walls;
using Doorstep.Platform.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

/// <summary>`walls generate`: make the week's 用工墙·求职墙 for every station, for installations that schedule it with cron instead of the web host.</summary>
internal static class WallsCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var week = new Option<string?>("--week") { Description = "该周任意一天，yyyy-mm-dd（默认本周）/ any day of the week (default: this week)" };
        var station = new Option<string?>("--station") { Description = "只生成该站点（组织编号）/ only this station (organisation id)" };
        var generate = new Command("generate", "生成一周的用工墙·求职墙；本周的重新生成，以往的只补缺 / make a week's walls; this week's are made again, past weeks' only when missing") { week, station };
        generate.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            Guid? stationId = null;
            if (result.GetValue(station) is { } text)
            {
                if (!Guid.TryParse(text, out var id))
                {
                    return cli.Fail($"“{text}”不是站点编号（组织的 id）");
                }

                stationId = id;
            }

            await using var services = cli.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<WallService>()
                .GenerateAsync(new WallGenerateInput(stationId, result.GetValue(week)), Actor.System("cli"), replace: true, ct);
            if (!run.Succeeded)
            {
                return cli.Fail(string.Join("；", run.Errors.ToDictionary().SelectMany(e => e.Value)), run.Errors.ToDictionary());
            }

            var walls = run.Value!;
            if (cli.Json)
            {
                cli.WriteJson(walls);
                return ExitCodes.Ok;
            }

            foreach (var w in walls.Walls)
            {
                cli.Output.WriteLine($"{w.WallId}\t{Result(w.Result)}\t岗位 {w.Vacancies}\t求职者 {w.Seekers}\t{w.StationName}");
            }

            cli.Output.WriteLine($"{walls.WeekName}：新生成 {walls.Count(WallService.Created)} 面，重新生成 {walls.Count(WallService.Replaced)} 面，保留 {walls.Count(WallService.Kept)} 面");
            return ExitCodes.Ok;
        });

        return new Command("walls", "用工墙·求职墙 / weekly job walls") { generate };
    }

    private static string Result(string result) => result switch
    {
        WallService.Created => "新生成",
        WallService.Replaced => "重新生成",
        _ => "保留",
    };
}
