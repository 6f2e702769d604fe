using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Doorstep.Platform.Demo;

namespace Doorstep.Web.Tests.Api;

/// <summary>/api/v1/work-items through HTTP, on SQLite and on PostgreSQL.</summary>
public sealed class WorkItemsApiTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_grid_member_and_an_officer_take_an_item_round_the_loop(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var grid = await app.ClientForAsync("grid");
        var officer = await app.ClientForAsync("officer");

        var created = await grid.PostAsJsonAsync("/api/v1/work-items", new
        {
            typeCode = "care.appeal", category = "general", title = "村口垃圾未清运", regionCode = DemoDistrict.Xiashi + "001",
            contactName = "谭大爷", contactPhone = "13907330215", longitude = 113.015, latitude = 27.745,
        }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var item = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        item.GetProperty("status").GetString().ShouldBe("Reported");
        item.GetProperty("contactPhone").GetString().ShouldBe("139****0215");
        var id = item.GetProperty("id").GetGuid();

        item = await StepAsync(officer, item, "open");
        item.GetProperty("timeLimit").GetString().ShouldBe("7d");
        item = await StepAsync(officer, item, "dispatch", new { assignUser = "grid" });
        item = await StepAsync(grid, item, "accept", new { longitude = 113.0151, latitude = 27.7452 });

        using (var photo = new MultipartFormDataContent())
        {
            photo.Add(new ByteArrayContent(Png) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }, "files", "现场.png");
            var uploaded = await grid.PostAsync($"/api/v1/work-items/{id}/photos", photo, Ct);
            uploaded.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        item = await StepAsync(grid, item, "handle", new { note = "已联系保洁公司清运" });
        item = await StepAsync(officer, item, "verify", new { passed = true });
        item = await StepAsync(officer, item, "close");
        item = await StepAsync(officer, item, "evaluate", new { satisfaction = "BasicallySatisfied" });
        item.GetProperty("status").GetString().ShouldBe("Evaluated");

        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/work-items/{id}", Ct);
        detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString())
            .ShouldBe(["report", "open", "dispatch", "accept", "photo", "handle", "verify", "close", "evaluate"]);
        var photos = detail.GetProperty("photos");
        photos.GetArrayLength().ShouldBe(1);
        var bytes = await officer.GetByteArrayAsync($"/api/v1/work-items/photos/{photos[0].GetProperty("id").GetGuid()}", Ct);
        bytes.ShouldBe(Png);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Bad_requests_are_refused_with_reasons_and_change_nothing(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var grid = await app.ClientForAsync("grid");
        var officer = await app.ClientForAsync("officer");

        var unknown = await officer.PostAsJsonAsync("/api/v1/work-items", new { typeCode = "nonsense", title = "x", regionCode = DemoDistrict.Xiashi }, Ct);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync(Ct)).ShouldContain("工单类型“nonsense”不存在");

        var item = await (await officer.PostAsJsonAsync("/api/v1/work-items", new { typeCode = "care.appeal", category = "general", title = "路灯不亮", regionCode = DemoDistrict.Xiashi + "003", open = true }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = item.GetProperty("id").GetGuid();
        var version = item.GetProperty("version").GetInt32();

        var wrongState = await officer.PostAsJsonAsync($"/api/v1/work-items/{id}/close", new { version }, Ct);
        wrongState.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongState.Content.ReadAsStringAsync(Ct)).ShouldContain("工单当前状态为“待派遣”，不能“结案”");

        var noVersion = await officer.PostAsJsonAsync($"/api/v1/work-items/{id}/dispatch", new { assignUser = "grid" }, Ct);
        noVersion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var outsideRegion = await officer.PostAsJsonAsync($"/api/v1/work-items/{id}/dispatch", new { version, assignUser = "doctor" }, Ct);
        outsideRegion.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outsideRegion.Content.ReadAsStringAsync(Ct)).ShouldContain("管辖区域不含");

        var notAllowed = await grid.PostAsJsonAsync($"/api/v1/work-items/{id}/dispatch", new { version, assignUser = "grid" }, Ct);
        notAllowed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await officer.PostAsJsonAsync($"/api/v1/work-items/{id}/dispatch", new { version, assignUser = "grid" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await officer.PostAsJsonAsync($"/api/v1/work-items/{id}/dispatch", new { version, unitId = Guid.NewGuid() }, Ct);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync(Ct)).ShouldContain("请刷新后再操作");

        using var notAPhoto = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.7"u8.ToArray()), "files", "通知.pdf" } };
        var refused = await grid.PostAsync($"/api/v1/work-items/{id}/photos", notAPhoto, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("不是图片");

        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/work-items/{id}", Ct);
        detail.GetProperty("item").GetProperty("assignedUser").GetString().ShouldBe("grid");
        detail.GetProperty("item").GetProperty("version").GetInt32().ShouldBe(version + 1);
        detail.GetProperty("photos").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    public async Task Each_user_sees_only_the_items_in_their_regions(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var officer = await app.ClientForAsync("officer");
        var inKanghua = await (await officer.PostAsJsonAsync("/api/v1/work-items", new { typeCode = "care.appeal", category = "general", title = "康华小区噪音", regionCode = DemoDistrict.Kanghua + "001" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var grid = await app.ClientForAsync("grid");

        (await grid.GetAsync($"/api/v1/work-items/{inKanghua.GetProperty("id").GetGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await grid.GetFromJsonAsync<JsonElement>("/api/v1/work-items?pageSize=200", Ct);
        list.GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        list.GetProperty("items").EnumerateArray().ShouldAllBe(w => w.GetProperty("regionCode").GetString()!.StartsWith(DemoDistrict.Xiashi, StringComparison.Ordinal));

        var employment = await app.ClientForAsync("jobs");
        (await employment.GetAsync("/api/v1/work-items", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Every_kpi_figure_matches_the_list_behind_it(string provider)
    {
        await using var app = await SeededApp.StartAsync(provider, residents: 0);
        var officer = await app.ClientForAsync("officer");
        var from = DateTime.UtcNow.AddDays(-40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var kpis = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/work-items/kpis?from={from}&to={to}&region={DemoDistrict.Tianyuan}", Ct);
        var total = kpis.GetProperty("total");
        total.GetProperty("due").GetInt32().ShouldBeGreaterThan(0);
        total.GetProperty("overdue").GetInt32().ShouldBeGreaterThan(0);
        foreach (var (kpi, field) in new[] { ("reported", "reported"), ("due", "due"), ("closed", "closed"), ("ontime", "onTime"), ("overdue", "overdue"), ("rework", "rework"), ("evaluated", "evaluated"), ("satisfied", "satisfied") })
        {
            var list = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/work-items?kpi={kpi}&from={from}&to={to}&region={DemoDistrict.Tianyuan}&pageSize=200", Ct);
            list.GetProperty("total").GetInt32().ShouldBe(total.GetProperty(field).GetInt32(), kpi);
        }

        var closure = total.GetProperty("closureRate").GetDouble();
        closure.ShouldBe((double)total.GetProperty("closed").GetInt32() / total.GetProperty("due").GetInt32(), 1e-9);
        (await officer.GetAsync("/api/v1/work-items?kpi=nonsense", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<JsonElement> StepAsync(HttpClient client, JsonElement item, string action, object? body = null)
    {
        var payload = JsonSerializer.SerializeToNode(body ?? new { })!.AsObject();
        payload["version"] = item.GetProperty("version").GetInt32();
        var response = await client.PostAsJsonAsync($"/api/v1/work-items/{item.GetProperty("id").GetGuid()}/{action}", payload, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
