using System.CommandLine;
using System.Globalization;
using Doorstep.Safety.Campaigns;
using Doorstep.Safety.Figures;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Cli.Commands;

/// <summary>`safety`: the campaigns and a campaign's figures with the sentence for the town's report, for a monthly script.</summary>
internal static class SafetyCommand
{
    public static Command Create(Func<ParseResult, CliHost> host)
    {
        var campaigns = new Command("campaigns", "列出专项检查（最新的在前）/ list inspection campaigns, newest first");
        campaigns.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            await using var services = cli.BuildServices();
            await using var scope = services.CreateAsyncScope();
            var list = await scope.ServiceProvider.GetRequiredService<CampaignService>().ListAsync(ct);
            if (cli.Json)
            {
                cli.WriteJson(list);
                return ExitCodes.Ok;
            }

            foreach (var c in list)
            {
                cli.Output.WriteLine($"{c.Id}\t{Day(c.StartsOn)}～{Day(c.EndsOn)}\t{c.Inspected}/{c.VenuesInScope}\t{c.Name}");
            }

            cli.Output.WriteLine($"共 {list.Count} 次专项检查");
            return ExitCodes.Ok;
        });

        var id = new Argument<string>("CAMPAIGN") { Description = "专项检查编号（campaigns 列出的 id）/ campaign id" };
        var region = new Option<string?>("--region") { Description = "只统计该区划 / only this region" };
        var summary = new Command("summary", "专项检查的统计和报告用语 / a campaign's figures and report sentence") { id, region };
        summary.SetAction(async (result, ct) =>
        {
            var cli = host(result);
            if (!Guid.TryParse(result.GetValue(id), out var campaignId))
            {
                return cli.Fail($"“{result.GetValue(id)}”不是专项检查编号，请用 safety campaigns 查看");
            }

            if (result.GetValue(region) is { } code && !Kernel.RegionCode.TryParse(code, out _, out var error))
            {
                return cli.Fail(error);
            }

            await using var services = cli.BuildServices();
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<CampaignService>().FindAsync(campaignId, ct) is not { } campaign)
            {
                return cli.Fail($"找不到专项检查 {campaignId}");
            }

            var figures = await scope.ServiceProvider.GetRequiredService<SafetyFigures>().BreakdownAsync(campaign, result.GetValue(region), ct);
            if (cli.Json)
            {
                cli.WriteJson(new { campaign = campaign.Name, figures.RegionCode, figures.RegionName, figures.Total, sentence = figures.Total.Sentence, figures.Rows });
                return ExitCodes.Ok;
            }

            cli.Output.WriteLine(campaign.Name + (figures.RegionName is null ? "" : $" · {figures.RegionName}"));
            cli.Output.WriteLine("区划\t应查\t已查\t发现隐患\t当场整改\t限期整改完成\t逾期\t重大隐患");
            foreach (var row in figures.Rows)
            {
                var f = row.Figures;
                cli.Output.WriteLine($"{row.Name}\t{f.VenuesInScope}\t{f.Inspected}\t{f.HazardsFound}\t{f.FixedOnSpot}\t{f.Rectified}\t{f.Overdue}\t{f.MajorHazards}");
            }

            cli.Output.WriteLine(figures.Total.Sentence);
            return ExitCodes.Ok;
        });

        return new Command("safety", "消防排查 / fire safety") { campaigns, summary };
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
