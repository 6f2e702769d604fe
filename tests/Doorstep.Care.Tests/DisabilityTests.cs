using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Doorstep.Care.Disability;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Doorstep.Care.Tests.CareDemo;

namespace Doorstep.Care.Tests;

/// <summary>Certificates, service records through their workflow, figures against targets and the import, on SQLite and PostgreSQL; and who may see none of it.</summary>
public sealed class DisabilityTests
{
    private const string Tianyuan = "430211000000";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task A_bad_certificate_number_is_refused_with_its_reason_and_services_go_forward_against_the_targets(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var idNumber = Kernel.CitizenId.Create("430211", new DateOnly(1985, 7, 9), 57);
        var person = await officer.PostAsJsonAsync("/api/v1/people", new
        {
            name = "龙海燕", idNumber, regionCode = "430211001003", address = "天元区嵩山街道嵩山花园6栋", disabilityCategory = "Physical", disabilityGrade = 3,
        }, Ct);
        person.StatusCode.ShouldBe(HttpStatusCode.Created, await person.Content.ReadAsStringAsync(Ct));

        async Task<string> RefusedAsync(string number, int category = 4, int grade = 3)
        {
            var response = await officer.PostAsJsonAsync("/api/v1/care/disability/certificates", new
            {
                holderIdNumber = idNumber, number, category = category.ToString(System.Globalization.CultureInfo.InvariantCulture), grade, issuedOn = today.AddYears(-1), validUntil = today.AddYears(9),
            }, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            return await response.Content.ReadAsStringAsync(Ct);
        }

        (await RefusedAsync(idNumber + "4")).ShouldContain("残疾人证号应为20位（18位身份证号码+1位残疾类别+1位残疾等级），实际为19位");
        (await RefusedAsync(Kernel.CitizenId.Create("430211", new DateOnly(1985, 7, 9), 59) + "43")).ShouldContain("残疾人证号前18位与持证人的身份证号码不一致");
        (await RefusedAsync(idNumber + "83")).ShouldContain("残疾人证号第19位是残疾类别，应为1～7，实际为“8”");
        (await RefusedAsync(idNumber + "33")).ShouldContain("残疾人证号第19位为3（言语残疾），与所填残疾类别“肢体残疾”不一致");
        (await RefusedAsync(idNumber + "45")).ShouldContain("残疾人证号第20位是残疾等级，应为1～4，实际为“5”");
        (await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/disability/certificates?q=龙海燕", Ct)).GetProperty("total").GetInt32().ShouldBe(0);

        var created = await officer.PostAsJsonAsync("/api/v1/care/disability/certificates", new
        {
            holderIdNumber = idNumber, number = idNumber + "43", category = "肢体", grade = 3, issuedOn = today.AddYears(-1), validUntil = today.AddYears(9),
        }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var certificate = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        certificate.GetProperty("number").GetString().ShouldBe(idNumber[..4] + new string('*', 12) + idNumber[16..] + "43");
        (await RefusedAsync(idNumber + "43")).ShouldContain("该残疾人证号已登记");
        var certificateId = certificate.GetProperty("id").GetGuid();
        (await officer.GetStringAsync($"/api/v1/care/disability/certificates?q={idNumber}43", Ct)).ShouldContain("龙海燕");

        // Eligibility: an adult is no child, and a household in no hardship gets no retrofit.
        var child = await officer.PostAsJsonAsync("/api/v1/care/disability/services", new { certificate = certificateId, kind = "儿童康复救助", appliedOn = today }, Ct);
        child.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var age = Kernel.CitizenId.Parse(idNumber).AgeOn(today);
        (await child.Content.ReadAsStringAsync(Ct)).ShouldContain($"儿童康复救助只面向申请时未满18周岁的儿童，持证人申请时已{age}周岁");
        var retrofit = await officer.PostAsJsonAsync("/api/v1/care/disability/services", new { certificate = certificateId, kind = "accessibility-retrofit", appliedOn = today }, Ct);
        (await retrofit.Content.ReadAsStringAsync(Ct)).ShouldContain("无障碍改造只面向困难残疾人家庭");
        (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/disability/services?certificate={certificateId}", Ct)).GetProperty("total").GetInt32().ShouldBe(0);

        var before = await FiguresAsync(officer, "vocational-training");
        var applied = await officer.PostAsJsonAsync("/api/v1/care/disability/services", new { certificate = certificateId, kind = "职业技能培训", appliedOn = today, request = "盲人按摩培训" }, Ct);
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync(Ct));
        var id = (await applied.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var early = await officer.PostAsJsonAsync($"/api/v1/care/disability/services/{id}/delivery", new { on = today, delivered = "培训30天" }, Ct);
        (await early.Content.ReadAsStringAsync(Ct)).ShouldContain("该申请尚未批准，批准后才能落实");
        var noReason = await officer.PostAsJsonAsync($"/api/v1/care/disability/services/{id}/decision", new { approve = false, on = today }, Ct);
        (await noReason.Content.ReadAsStringAsync(Ct)).ShouldContain("驳回须写明原因");
        (await officer.PostAsJsonAsync($"/api/v1/care/disability/services/{id}/decision", new { approve = true, on = today }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var delivered = await officer.PostAsJsonAsync($"/api/v1/care/disability/services/{id}/delivery", new { on = today, delivered = "参加盲人按摩培训30天，取得初级证书", amount = 2400 }, Ct);
        delivered.StatusCode.ShouldBe(HttpStatusCode.OK, await delivered.Content.ReadAsStringAsync(Ct));
        (await delivered.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("statusName").GetString().ShouldBe("已落实");
        var again = await officer.PostAsJsonAsync($"/api/v1/care/disability/services/{id}/decision", new { approve = false, on = today, reason = "重复" }, Ct);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldContain("该记录已落实，不能再驳回");

        // The demo's 天元区: training target 60, 刘晓东 delivered and 胡国庆 applied; now 龙海燕 too.
        before.ShouldBe((60, 2, 1, 1, 1.7m));
        (await FiguresAsync(officer, "vocational-training")).ShouldBe((60, 3, 2, 2, 3.3m));
        (await FiguresAsync(officer, "assistive-device")).ShouldBe((40, 2, 2, 2, 5.0m));
        (await FiguresAsync(officer, "legal-aid")).ShouldBe((20, 2, 1, 1, 5.0m));
        var songshan = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/care/disability/figures?region={Tianyuan}", Ct)).GetProperty("children").EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == "嵩山街道").GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "vocational-training");
        songshan.GetProperty("delivered").GetInt32().ShouldBe(1);

        var target = await officer.PutAsJsonAsync("/api/v1/care/disability/targets", new { region = Tianyuan, year = today.Year, kind = "职业技能培训", count = 40 }, Ct);
        target.StatusCode.ShouldBe(HttpStatusCode.OK, await target.Content.ReadAsStringAsync(Ct));
        (await target.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("rate").GetDecimal().ShouldBe(5.0m);
        var town = await officer.PutAsJsonAsync("/api/v1/care/disability/targets", new { region = "430211101000", year = today.Year, kind = "legal-aid", count = 5 }, Ct);
        (await town.Content.ReadAsStringAsync(Ct)).ShouldContain("年度目标由区县下达，雷打石镇不是区县");
        var deputy = await app.ClientForAsync("deputy");
        (await deputy.PutAsJsonAsync("/api/v1/care/disability/targets", new { region = "430203000000", year = today.Year, kind = "legal-aid", count = 5 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await deputy.GetAsync($"/api/v1/care/disability/figures?region={Tianyuan}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deputy.GetStringAsync("/api/v1/care/disability/certificates", Ct)).ShouldNotContain("龙海燕");

        var export = await officer.GetAsync($"/api/v1/care/disability/figures/export?region={Tianyuan}&format=csv", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await export.Content.ReadAsStringAsync(Ct)).ShouldContain("职业技能培训,40,3,2,2,5.0");
        var records = await officer.GetStringAsync($"/api/v1/care/disability/services/export?region={Tianyuan}&kind=vocational-training&format=csv", Ct);
        records.ShouldContain("姓名,区划,残疾人证号,项目,状态");
        var lines = records.Split('\n').Skip(1).Where(l => l.Trim().Length > 0).ToList();
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.Contains("职业技能培训") && l.Contains("****"));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        (await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Event == AuditEvents.Exported && a.ObjectType == nameof(DisabilityTarget), Ct)).ShouldBe(1);
        (await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Event == AuditEvents.Exported && a.ObjectType == nameof(DisabilityServiceRecord), Ct)).ShouldBe(1);
        (await db.Set<DisabilityCertificate>().IgnoreQueryFilters().Select(c => c.NumberCipher).ToListAsync(Ct)).ShouldAllBe(c => !c.Contains(idNumber));
    }

    [Fact]
    public async Task Doctors_and_employment_staff_see_no_disability_records()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        (await officer.GetStringAsync("/care/disability", Ct)).ShouldContain("易小宇");
        (await officer.GetStringAsync("/", Ct)).ShouldContain("/care/disability");
        foreach (var user in new[] { "doctor", "jobs" })
        {
            var client = await app.ClientForAsync(user);
            (await client.GetAsync("/api/v1/care/disability/certificates", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync("/api/v1/care/disability/services", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync($"/api/v1/care/disability/figures?region={Tianyuan}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync("/care/disability", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetAsync("/care/disability/services", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.GetStringAsync("/", Ct)).ShouldNotContain("/care/disability");
        }
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task The_import_refuses_each_bad_row_with_its_number_and_reason(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await StartAsync(database);
        var officer = await app.ClientForAsync("officer");
        var (yi, yiNumber) = await HolderAsync(app, "易小宇");
        var (chen, chenNumber) = await HolderAsync(app, "陈秀英");
        var (liu, liuNumber) = await HolderAsync(app, "李春兰");
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csv = string.Join('\n',
            "身份证号,残疾人证号,项目,申请日期,状态,审批日期,落实日期,落实内容,落实金额",
            $"{liu},{liuNumber},法律援助,{day},已落实,{day},{day},指派律师代写诉状,0",
            $"{liu},{liuNumber[..19]},职业技能培训,{day},申请,,,,",
            $"{liu},{liuNumber},心理疏导,{day},申请,,,,",
            $"{liu},{liuNumber},儿童康复救助,{day},申请,,,,",
            $"{liu},{liuNumber},无障碍改造,{day},申请,,,,",
            $"{yi},{liuNumber},辅助器具适配,{day},申请,,,,",
            $"{yi},{yiNumber},辅助器具适配,{day},已落实,{day},{day},,",
            $"{chen},{chenNumber},辅助器具适配,{day},申请,,,,");

        var refused = await ImportAsync(officer, csv, allOrNothing: true);
        refused.GetProperty("imported").GetInt32().ShouldBe(0);
        (await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/disability/services?kind=legal-aid&status=delivered", Ct)).GetProperty("total").GetInt32().ShouldBe(1);

        var report = await ImportAsync(officer, csv, allOrNothing: false);
        report.GetProperty("total").GetInt32().ShouldBe(8);
        report.GetProperty("imported").GetInt32().ShouldBe(1);
        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString())).ToList();
        errors.ShouldContain((3, "残疾人证号", "残疾人证号应为20位（18位身份证号码+1位残疾类别+1位残疾等级），实际为19位"));
        errors.ShouldContain((4, "项目", "没有“心理疏导”这一服务项目，可选：辅助器具适配、无障碍改造、儿童康复救助、职业技能培训、法律援助"));
        errors.ShouldContain(e => e.Item1 == 5 && e.Item2 == "项目" && e.Item3!.Contains("儿童康复救助只面向申请时未满18周岁的儿童，持证人申请时已62周岁"));
        errors.ShouldContain(e => e.Item1 == 6 && e.Item2 == "项目" && e.Item3!.Contains("无障碍改造只面向困难残疾人家庭"));
        errors.ShouldContain((7, "残疾人证号", "残疾人证号前18位与持证人的身份证号码不一致"));
        errors.ShouldContain((8, "落实内容", "请填写落实内容"));
        errors.ShouldContain((9, "残疾人证号", "该残疾人证号未登记，或持证人不在您的管辖范围内；请先登记残疾人证"));
        (await officer.GetFromJsonAsync<JsonElement>("/api/v1/care/disability/services?kind=legal-aid&status=delivered", Ct)).GetProperty("total").GetInt32().ShouldBe(2);
    }

    private static async Task<(int Target, int Applied, int Approved, int Delivered, decimal? Rate)> FiguresAsync(HttpClient client, string kind)
    {
        var k = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/care/disability/figures?region={Tianyuan}", Ct)).GetProperty("kinds").EnumerateArray().Single(x => x.GetProperty("kind").GetString() == kind);
        return (k.GetProperty("target").GetInt32(), k.GetProperty("applied").GetInt32(), k.GetProperty("approved").GetInt32(), k.GetProperty("delivered").GetInt32(),
            k.GetProperty("rate").ValueKind == JsonValueKind.Null ? null : k.GetProperty("rate").GetDecimal());
    }

    /// <summary>A demo holder's ID number and certificate number, read back as only the server can.</summary>
    private static async Task<(string IdNumber, string Certificate)> HolderAsync(DoorstepAppFactory app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.DoorstepDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var person = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Name == name, Ct);
        var certificate = await db.Set<DisabilityCertificate>().IgnoreQueryFilters().SingleAsync(c => c.PersonId == person.Id, Ct);
        return (protector.Unprotect(person.IdNumberCipher), protector.Unprotect(certificate.NumberCipher));
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string csv, bool allOrNothing)
    {
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "services.csv" },
            { new StringContent(allOrNothing ? "true" : "false"), "allOrNothing" },
        };
        var response = await client.PostAsync("/api/v1/care/disability-services/import", form, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
