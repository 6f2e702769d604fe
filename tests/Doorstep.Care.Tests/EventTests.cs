using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Care.Events;
using Doorstep.Care.Photos;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Microsoft.Extensions.DependencyInjection;
using static Doorstep.Care.Tests.CareDemo;

namespace Doorstep.Care.Tests;

/// <summary>Community events on SQLite and PostgreSQL: the waiting list, the race for the last place, photos and the sign-up import.</summary>
public sealed class EventTests
{
    private const string Songshan = "430211001000";

    private static readonly byte[] TinyPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Sign_ups_beyond_capacity_wait_in_line_a_cancellation_or_more_places_promote_them_and_twice_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");

        // The demo's handicraft afternoon: 34 for 30 places, four waiting, the sign-in under way.
        var demo = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/events?q=民俗文化手工趴", Ct)).GetProperty("items").EnumerateArray().Single();
        (demo.GetProperty("capacity").GetInt32(), demo.GetProperty("confirmed").GetInt32(), demo.GetProperty("waiting").GetInt32(), demo.GetProperty("attended").GetInt32()).ShouldBe((30, 30, 4, 18));

        var id = await CreateAsync(officer, "青年读书会", capacity: 2);
        (await SignUpAsync(officer, id, new { name = "李子涵", phone = "13973310001" })).GetProperty("signUp").GetProperty("status").GetString().ShouldBe("Confirmed");
        await SignUpAsync(officer, id, new { name = "王浩然", phone = "13973310002" });
        var third = await SignUpAsync(officer, id, new { name = "张欣怡", phone = "13973310003", note = "中车株机" });
        third.GetProperty("message").GetString().ShouldBe("已满员，已排入候补第1位");
        third.GetProperty("signUp").GetProperty("waitingPosition").GetInt32().ShouldBe(1);
        (await SignUpAsync(officer, id, new { name = "刘思远", phone = "13973310004" })).GetProperty("message").GetString().ShouldBe("已满员，已排入候补第2位");

        // A registry person of the officer's district, by id.
        var zhou = await HouseholdIdAsync(officer, "周淑珍");
        var person = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/households/{zhou}", Ct)).GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == "周淑珍").GetProperty("personId").GetGuid();
        (await SignUpAsync(officer, id, new { personId = person })).GetProperty("message").GetString().ShouldBe("已满员，已排入候补第3位");

        var again = await officer.PostAsJsonAsync($"/api/v1/care/events/{id}/signups", new { personId = person }, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("周淑珍已报名本活动，不能重复报名");
        var samePhone = await officer.PostAsJsonAsync($"/api/v1/care/events/{id}/signups", new { name = "张小怡", phone = "139 7331 0003" }, Ct);
        samePhone.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await samePhone.Content.ReadAsStringAsync(Ct)).ShouldContain("该手机号已为张欣怡报名本活动");

        var signUps = await SignUpsAsync(officer, id);
        signUps.Select(s => s.GetProperty("phone").GetString()).ShouldContain("139****0003");
        signUps.ShouldAllBe(s => s.GetProperty("phone").GetString() == null || s.GetProperty("phone").GetString()!.Contains("****"));
        var list = await officer.GetStringAsync($"/api/v1/care/events/{id}/signups/export?format=csv", Ct);
        list.ShouldContain("张欣怡,,139****0003,候补,1");
        list.ShouldNotContain("13973310003");

        // 李子涵 drops out: 张欣怡, first in line, gets the place and the others move up.
        var first = signUps.Single(s => s.GetProperty("name").GetString() == "李子涵").GetProperty("id").GetGuid();
        var cancelled = await officer.PostAsync($"/api/v1/care/events/{id}/signups/{first}/cancel", null, Ct);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.OK, await cancelled.Content.ReadAsStringAsync(Ct));
        (await cancelled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("promoted").EnumerateArray().Select(p => p.GetString()).ShouldBe(["张欣怡"]);
        Line(await SignUpsAsync(officer, id)).ShouldBe(["王浩然:Confirmed", "张欣怡:Confirmed", "刘思远:Waiting1", "周淑珍:Waiting2"]);

        // Two more places take both who wait; fewer places than confirmed are refused.
        var raised = await officer.PutAsJsonAsync($"/api/v1/care/events/{id}", Input("青年读书会", 4), Ct);
        raised.StatusCode.ShouldBe(HttpStatusCode.OK, await raised.Content.ReadAsStringAsync(Ct));
        (await raised.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("promoted").EnumerateArray().Select(p => p.GetString()).ShouldBe(["刘思远", "周淑珍"]);
        var lowered = await officer.PutAsJsonAsync($"/api/v1/care/events/{id}", Input("青年读书会", 3), Ct);
        lowered.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await lowered.Content.ReadAsStringAsync(Ct)).ShouldContain("已有4人确认参加，名额不能少于4");
        Line(await SignUpsAsync(officer, id)).ShouldBe(["王浩然:Confirmed", "张欣怡:Confirmed", "刘思远:Confirmed", "周淑珍:Confirmed"]);

        // Not on the day yet: no attendance.
        var wang = (await SignUpsAsync(officer, id)).First(s => s.GetProperty("status").GetString() == "Confirmed").GetProperty("id").GetGuid();
        var early = await officer.PostAsJsonAsync($"/api/v1/care/events/{id}/signups/{wang}/attendance", new { attended = true }, Ct);
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.Content.ReadAsStringAsync(Ct)).ShouldContain("活动当天才能签到");

        var closed = await CreateAsync(officer, "截止的活动", capacity: 5, deadline: DateTime.UtcNow.AddHours(-1));
        var late = await officer.PostAsJsonAsync($"/api/v1/care/events/{closed}/signups", new { name = "唐一鸣", phone = "13973310009" }, Ct);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.Content.ReadAsStringAsync(Ct)).ShouldContain("截止");
        (await SignUpsAsync(officer, closed)).ShouldBeEmpty();

        var bad = await officer.PostAsJsonAsync($"/api/v1/care/events/{id}/signups", new { name = "", phone = "12345" }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("请填写姓名");

        var deputy = await app.ClientForAsync("deputy");
        (await deputy.GetAsync($"/api/v1/care/events/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deputy.PostAsJsonAsync($"/api/v1/care/events/{id}/signups", new { name = "杨凌波", phone = "13973310010" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ClientForAsync("doctor")).GetAsync("/api/v1/care/events", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Sign_ups_racing_for_the_last_place_never_both_get_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        var id = await CreateAsync(officer, "非遗剪纸体验课", capacity: 1);

        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            officer.PostAsJsonAsync($"/api/v1/care/events/{id}/signups", new { name = $"报名人{i}", phone = $"1397331{i:0000}" }, Ct)));
        racing.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);

        var signUps = await SignUpsAsync(officer, id);
        signUps.Count(s => s.GetProperty("status").GetString() == "Confirmed").ShouldBe(1);
        signUps.Where(s => s.GetProperty("status").GetString() == "Waiting").Select(s => s.GetProperty("waitingPosition").GetInt32()).Order().ShouldBe([1, 2, 3, 4, 5, 6, 7]);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Photos_must_be_images_and_an_import_puts_rows_beyond_capacity_on_the_waiting_list_or_writes_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");

        var past = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/events?when=past", Ct)).GetProperty("items").EnumerateArray().Single();
        var game = past.GetProperty("id").GetGuid();
        var photos = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/photos?owner=event&id={game}", Ct);
        photos.GetArrayLength().ShouldBe(2);
        var photo = await officer.GetAsync(photos[0].GetProperty("url").GetString(), Ct);
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await photo.Content.ReadAsByteArrayAsync(Ct))[..8].ShouldBe(TinyPng[..8]);
        var deputy = await app.ClientForAsync("deputy");
        (await deputy.GetAsync(photos[0].GetProperty("url").GetString(), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A text file dressed as a JPEG spoils the batch: nothing of it is stored.
        var refused = await officer.PostAsync($"/api/v1/care/photos/event/{game}", Files(("合影.png", TinyPng), ("合影.jpg", Encoding.UTF8.GetBytes("not a photo"))), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("文件“合影.jpg”不是图片");
        (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/photos?owner=event&id={game}", Ct)).GetArrayLength().ShouldBe(2);
        var stored = await officer.PostAsync($"/api/v1/care/photos/event/{game}", Files(("合影.png", TinyPng)), Ct);
        stored.StatusCode.ShouldBe(HttpStatusCode.OK, await stored.Content.ReadAsStringAsync(Ct));
        (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/photos?owner=event&id={game}", Ct)).GetArrayLength().ShouldBe(3);
        (await deputy.PostAsync($"/api/v1/care/photos/event/{game}", Files(("合影.png", TinyPng)), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var id = await CreateAsync(officer, "扎染体验", capacity: 2);
        var number = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/events/{id}", Ct)).GetProperty("event").GetProperty("number").GetString();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<EventSignUpImporter>();
            using var bad = Csv($"活动名称或编号,姓名,身份证号,手机号,备注\n{number},易文博,,13973320001,\n没有的活动,邓若曦,,13973320002,\n扎染体验,曾晓彤,,12345,");
            var refusedFile = await importer.ImportAsync(bad, allOrNothing: true, Actor.System("officer"), Ct);
            (refusedFile.Report.Imported, refusedFile.Report.Rejected).ShouldBe((0, 2));
            refusedFile.Report.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(3, "活动名称或编号"), (4, "手机号")]);
            refusedFile.Waitlisted.ShouldBeEmpty();

            using var good = Csv($"活动名称或编号,姓名,身份证号,手机号,备注\n{number},易文博,,13973320001,\n扎染体验,邓若曦,,13973320002,\n{number},曾晓彤,,13973320003,迟到半小时");
            var result = await importer.ImportAsync(good, allOrNothing: true, Actor.System("officer"), Ct);
            (result.Report.Imported, result.Report.Rejected).ShouldBe((3, 0));
            result.Waitlisted.Single().ShouldBe(new ImportError(4, EventSignUpImporter.WaitlistColumn, "曾晓彤已导入候补名单：已满员，已排入候补第1位"));
        }

        Line(await SignUpsAsync(officer, id)).ShouldBe(["易文博:Confirmed", "邓若曦:Confirmed", "曾晓彤:Waiting1"]);

        // The same import through the shared contract: the waiting row is a notice, not a refusal.
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes($"活动名称或编号,姓名,身份证号,手机号,备注\n{number},彭嘉怡,,13973320004,")), "file", "报名.csv" },
            { new StringContent("true"), "allOrNothing" },
        };
        var imported = await officer.PostAsync("/api/v1/care/event-signups/import", upload, Ct);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK, await imported.Content.ReadAsStringAsync(Ct));
        var report = await imported.Content.ReadFromJsonAsync<JsonElement>(Ct);
        (report.GetProperty("imported").GetInt32(), report.GetProperty("rejected").GetInt32()).ShouldBe((1, 0));
        report.GetProperty("notices")[0].GetProperty("message").GetString().ShouldBe("彭嘉怡已导入候补名单：已满员，已排入候补第2位");
        (await (await app.ClientForAsync("doctor")).PostAsync("/api/v1/care/event-signups/import", new MultipartFormDataContent(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static object Input(string name, int capacity, DateTime? deadline = null)
    {
        var starts = DateTime.SpecifyKind(DateTime.UtcNow.AddHours(8).Date.AddDays(5).AddHours(14), DateTimeKind.Unspecified);
        return new
        {
            name, kind = "青年活动", startsAt = starts, endsAt = starts.AddHours(3), place = "嵩山街道党群服务中心", organisers = "共青团天元区委",
            capacity, signUpDeadline = deadline, region = Songshan, description = "测试活动",
        };
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string name, int capacity, DateTime? deadline = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/care/events", Input(name, capacity, deadline), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> SignUpAsync(HttpClient client, Guid id, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/care/events/{id}/signups", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static async Task<List<JsonElement>> SignUpsAsync(HttpClient client, Guid id) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/care/events/{id}", Ct)).GetProperty("signUps").EnumerateArray()];

    /// <summary>The active sign-ups as name:status, with the waiting position.</summary>
    private static List<string> Line(IEnumerable<JsonElement> signUps) =>
        [.. signUps.Where(s => s.GetProperty("status").GetString() != "Cancelled")
            .Select(s => $"{s.GetProperty("name").GetString()}:{s.GetProperty("status").GetString()}{(s.GetProperty("waitingPosition").ValueKind == JsonValueKind.Number ? s.GetProperty("waitingPosition").GetInt32() : "")}")];

    private static MultipartFormDataContent Files(params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "photos", name);
        }

        return content;
    }

    private static TabularFile Csv(string text) => TabularFile.OpenCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)));
}
