using System.Text;
using Doorstep.Platform.Data;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests.Regions;

/// <summary>Region tree import: 区划代码,名称,上级区划代码,层级, parents before or after children.</summary>
public sealed class RegionImportTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Imports_a_new_town_with_villages_and_grids_in_any_order_and_rejects_bad_rows(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        var csv = string.Join('\n',
            "区划代码,名称,上级区划代码,层级",
            "430211104201001,马家河村第一网格,430211104201,网格",
            "430211104201,马家河村,430211104000,村社区",
            "430211104000,马家河街道,430211000000,乡镇街道",
            "430211104202,错层级,430211104000,区县",
            "430211104203,错上级,430211101000,村社区",
            "4302111042,太短,,",
            "430211105201,无上级,,村社区");

        await using var scope = fixture.Scope();
        using var table = TabularFile.OpenCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        var report = await scope.ServiceProvider.GetRequiredService<RegionImporter>().ImportAsync(table, Actor.System("test"), ct: TestContext.Current.CancellationToken);

        report.Imported.ShouldBe(3);
        report.Rejected.ShouldBe(4);
        report.Errors.ShouldContain(e => e.Row == 5 && e.Column == "层级");
        report.Errors.ShouldContain(e => e.Row == 6 && e.Column == "上级区划代码");
        report.Errors.ShouldContain(e => e.Row == 7 && e.Column == "区划代码");
        report.Errors.ShouldContain(e => e.Row == 8 && e.Message.Contains("430211105000"));
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var grid = await db.Regions.SingleAsync(r => r.Code == "430211104201001", TestContext.Current.CancellationToken);
        grid.ParentCode.ShouldBe("430211104201");
        grid.Level.ShouldBe(Kernel.RegionLevel.Grid);
    }
}
