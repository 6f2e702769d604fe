using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Doorstep.Web.Tests.Pages;

/// <summary>The work-item pages as rendered HTML over the demo district (the browser suite clicks through them).</summary>
public sealed class WorkItemPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task My_work_lists_the_grid_members_items_most_urgent_first(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var grid = await app.ClientForAsync("grid");

        var html = await grid.GetStringAsync("/work-items/mine", Ct);

        // The demo district's overdue hazard, the appeal due tomorrow, then the one with days left.
        var overdue = html.IndexOf("烟花爆竹店内电动自行车充电", StringComparison.Ordinal);
        var soon = html.IndexOf("村道路灯不亮", StringComparison.Ordinal);
        var later = html.IndexOf("便民超市疏散通道堆放货物", StringComparison.Ordinal);
        overdue.ShouldBeGreaterThan(0);
        soon.ShouldBeGreaterThan(overdue);
        later.ShouldBeGreaterThan(soon);
        html.ShouldContain("data-urgency=\"overdue\"");
        html.ShouldContain("data-urgency=\"near\"");
        html.ShouldNotContain("网吧安全出口上锁");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task The_detail_page_offers_only_the_steps_the_user_may_take(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var grid = await app.ClientForAsync("grid");
        var list = await grid.GetFromJsonAsync<JsonElement>("/api/v1/work-items?q=村道路灯不亮", Ct);
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();

        var html = await grid.GetStringAsync($"/work-items/{id}", Ct);

        html.ShouldContain("id=\"action-accept\"");
        html.ShouldContain("id=\"action-request-return\"");
        html.ShouldNotContain("id=\"action-close\"");
        html.ShouldNotContain("id=\"action-decide\"");
        html.ShouldContain("139****0215");
        html.ShouldNotContain("13907330215");

        var officer = await app.ClientForAsync("officer");
        var officerView = await officer.GetStringAsync($"/work-items/{id}", Ct);
        officerView.ShouldContain("id=\"action-dispatch\"");
        officerView.ShouldNotContain("id=\"action-accept\"");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_kpi_page_shows_every_overdue_item_in_the_district_and_its_owner(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var officer = await app.ClientForAsync("officer");

        var html = await officer.GetStringAsync("/work-items/kpis", Ct);

        html.ShouldContain("id=\"kpi-table\"");
        html.ShouldContain("雷打石镇");
        // Two demo items of this year and four hazards of the 2024 campaign still open past their deadlines.
        html.ShouldContain("当前超期工单（6）");
        html.ShouldContain("雷打石镇鸿运烟花爆竹店：专店专营");
        html.ShouldContain("烟花爆竹店内电动自行车充电");
        html.ShouldContain("高血压连续两次控制不满意转诊");
        html.ShouldContain("霞石村网格员 杨浩博");
        html.ShouldContain("陈容医生");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task Export_is_audited_and_carries_no_phone_numbers(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var officer = await app.ClientForAsync("officer");

        var response = await officer.GetAsync("/work-items/export?type=care.appeal", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var csv = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        csv.ShouldStartWith("工单编号,");
        csv.ShouldContain("集镇街停水");
        csv.ShouldNotContain("网吧安全出口上锁");
        csv.ShouldNotContain("1390733");
        (await AuditTrail.ReadAsync(app.Factory, "export")).ShouldContain(a => a.UserName == "officer" && a.ObjectType == "WorkItem");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task Revealing_the_contact_phone_is_audited(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var officer = await app.ClientForAsync("officer");
        var list = await officer.GetFromJsonAsync<JsonElement>("/api/v1/work-items?q=村道路灯不亮", Ct);
        var item = list.GetProperty("items")[0];

        var html = await officer.GetStringAsync($"/work-items/{item.GetProperty("id").GetGuid()}?reveal=true", Ct);

        html.ShouldContain("13907330215");
        (await AuditTrail.ReadAsync(app.Factory, "reveal")).ShouldContain(a => a.UserName == "officer" && a.ObjectId == item.GetProperty("number").GetString() && a.Result == "ok");
    }
}
