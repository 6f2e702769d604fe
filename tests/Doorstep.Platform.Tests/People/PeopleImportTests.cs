using System.Text;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Imports;
using Doorstep.Platform.People;
using Doorstep.Platform.People.Import;
using Doorstep.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Platform.Tests.People;

/// <summary>
/// `import people` as the issue specifies it: valid rows in, each bad row reported by row
/// (header = row 1), column and reason; re-import adds nothing; all-or-nothing writes nothing.
/// </summary>
public sealed class PeopleImportTests
{
    private static readonly string Good1 = CitizenId.Create("430211", new DateOnly(1956, 3, 12), 101);
    private static readonly string Good2 = CitizenId.Create("430203", new DateOnly(1988, 11, 2), 202);
    private static readonly string Good3 = CitizenId.Create("430221", new DateOnly(2001, 7, 30), 303);

    private static string MixedFile() => string.Join('\n',
        "姓名,身份证号码,联系电话,现住址,区划代码,经度,纬度",
        $"易春兰,{Good1},13807331234,天元区康华小区3栋,{DemoDistrict.Kanghua}001,113.098,27.838",
        $"魏秀英,{Good2},,雷打石镇霞石村2组,{DemoDistrict.Xiashi},,",
        "坏校验,110105194912310021,,,430211101201,,",
        $"坏电话,{Good3},12345,,{DemoDistrict.Xiashi},,",
        $"无区划,{CitizenId.Create("430211", new DateOnly(1970, 1, 1), 11)},,,430211999999,,",
        $"坏坐标,{CitizenId.Create("430211", new DateOnly(1970, 1, 1), 13)},,,{DemoDistrict.Xiashi},abc,27.8",
        $"易春兰,{Good1},13807331234,同一文件重复,{DemoDistrict.Kanghua}001,113.098,27.838",
        $"胡亮,{CitizenId.Create("430211", new DateOnly(1990, 2, 2), 15)},13907330000,霞石村,{DemoDistrict.Xiashi}002,113.015,27.745");

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Mixed_file_imports_the_good_rows_and_reports_each_bad_one(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);

        var started = DateTime.UtcNow;
        var report = await ImportAsync(fixture, MixedFile(), new PeopleImportOptions());
        var ended = DateTime.UtcNow;

        report.Total.ShouldBe(8);
        report.Imported.ShouldBe(3);
        report.Duplicates.ShouldBe(1);
        report.Rejected.ShouldBe(4);
        report.Errors.ShouldContain(e => e.Row == 4 && e.Column == "身份证号码" && e.Message.Contains("校验位"));
        report.Errors.ShouldContain(e => e.Row == 5 && e.Column == "联系电话");
        report.Errors.ShouldContain(e => e.Row == 6 && e.Column == "区划代码" && e.Message.Contains("不存在"));
        report.Errors.ShouldContain(e => e.Row == 7 && e.Column == "经度" && e.Message.Contains("abc"));
        (await fixture.CountPeopleAsync()).ShouldBe(3);

        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var yi = await db.People.SingleAsync(p => p.IdNumberHash == protector.Hash(Good1), TestContext.Current.CancellationToken);
        yi.Name.ShouldBe("易春兰");
        yi.IdNumberMasked.ShouldBe(Good1[..4] + "**********" + Good1[14..]);
        protector.Unprotect(yi.IdNumberCipher).ShouldBe(Good1);
        protector.Unprotect(yi.PhoneCipher!).ShouldBe("13807331234");
        yi.IdNumberCipher.ShouldNotContain(Good1);
        yi.BirthDate.ShouldBe(new DateOnly(1956, 3, 12));
        yi.Sex.ShouldBe(Sex.Male);
        yi.Address.ShouldBe("天元区康华小区3栋");
        yi.RegionCode.ShouldBe($"{DemoDistrict.Kanghua}001");
        yi.Longitude.ShouldBe(113.098);
        yi.Latitude.ShouldBe(27.838);

        // Each bulk path encodes every column itself, empty ones included, and times to the
        // microsecond PostgreSQL keeps.
        yi.CreatedAt.ShouldBeInRange(started.AddMilliseconds(-1), ended);
        yi.UpdatedAt.ShouldBe(yi.CreatedAt);
        var wei = await db.People.AsNoTracking().SingleAsync(p => p.IdNumberHash == protector.Hash(Good2), TestContext.Current.CancellationToken);
        (wei.Name, wei.Sex, wei.BirthDate, wei.Address).ShouldBe(("魏秀英", Sex.Female, new DateOnly(1988, 11, 2), "雷打石镇霞石村2组"));
        (wei.PhoneCipher, wei.PhoneHash, wei.PhoneMasked, wei.Longitude, wei.Latitude).ShouldBe((null, null, null, null, null));

        // The bulk path writes ids and dates itself; EF must find rows by them as if it had.
        var byId = await db.People.AsNoTracking().SingleAsync(p => p.Id == yi.Id, TestContext.Current.CancellationToken);
        byId.Name.ShouldBe("易春兰");
        (await db.People.CountAsync(p => p.BirthDate == new DateOnly(1956, 3, 12), TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Importing_the_same_file_again_imports_nothing_new(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await ImportAsync(fixture, MixedFile(), new PeopleImportOptions());

        var again = await ImportAsync(fixture, MixedFile(), new PeopleImportOptions());

        again.Imported.ShouldBe(0);
        again.Duplicates.ShouldBe(4);
        (await fixture.CountPeopleAsync()).ShouldBe(3);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task All_or_nothing_with_one_bad_row_writes_nothing(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);

        var report = await ImportAsync(fixture, MixedFile(), new PeopleImportOptions(AllOrNothing: true));

        report.Imported.ShouldBe(0);
        report.Rejected.ShouldBe(4);
        (await fixture.CountPeopleAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task Update_policy_rewrites_the_existing_person_and_batches_cross_correctly(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await ImportAsync(fixture, MixedFile(), new PeopleImportOptions(BatchSize: 2));
        var changed = $"姓名,身份证号码,联系电话,现住址,区划代码\n易春兰,{Good1},13900001111,新住址,{DemoDistrict.Kanghua}002";

        var report = await ImportAsync(fixture, changed, new PeopleImportOptions(DuplicatePolicy.Update));

        report.Updated.ShouldBe(1);
        report.Imported.ShouldBe(0);
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var yi = await db.People.SingleAsync(p => p.IdNumberHash == protector.Hash(Good1), TestContext.Current.CancellationToken);
        yi.Address.ShouldBe("新住址");
        yi.RegionCode.ShouldBe(DemoDistrict.Kanghua + "002");
        yi.PhoneMasked.ShouldBe("139****1111");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task With_indexes_deferred_repeats_are_still_skipped_and_the_indexes_come_back(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await ImportAsync(fixture, MixedFile(), new PeopleImportOptions());
        var indexes = await IndexesAsync(fixture);
        indexes.ShouldContain(i => i.Contains("\"HouseholdId\" IS NOT NULL"));

        // 1,200 new people over five chunks; the row repeating row 2 comes after the indexes
        // were deferred, and so does the row repeating someone imported before.
        var lines = new List<string> { "姓名,身份证号码,联系电话,现住址,区划代码" };
        lines.AddRange(Enumerable.Range(0, 1200).Select(i =>
            $"{(i == 0 ? "首位者" : "居民" + "甲乙丙丁戊己庚辛壬癸"[i % 10])},{CitizenId.Create("430211", new DateOnly(1950, 1, 1).AddDays(i), 500 + i % 400)},139{i:D8},霞石村,{DemoDistrict.Xiashi}"));
        lines.Insert(700, $"重复者,{CitizenId.Create("430211", new DateOnly(1950, 1, 1), 500)},,霞石村,{DemoDistrict.Xiashi}");
        lines.Insert(900, $"已登记,{Good1},,霞石村,{DemoDistrict.Xiashi}");

        var report = await ImportAsync(fixture, string.Join('\n', lines), new PeopleImportOptions(DeferIndexesAfter: 1));

        report.Total.ShouldBe(1202);
        report.Imported.ShouldBe(1200);
        report.Duplicates.ShouldBe(2);
        (await fixture.CountPeopleAsync()).ShouldBe(1203);
        (await IndexesAsync(fixture)).ShouldBe(indexes);
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
        var firstId = CitizenId.Create("430211", new DateOnly(1950, 1, 1), 500);
        var kept = await db.People.SingleAsync(p => p.IdNumberHash == protector.Hash(firstId), TestContext.Current.CancellationToken);
        kept.Name.ShouldBe("首位者");

        // domain-rules.md, 等保 level 3: ID numbers and phones encrypted at rest and masked (4 + 4,
        // 3 + **** + 4); sealed on the thread pool now, so checked on a row of a deferred import.
        protector.Unprotect(kept.IdNumberCipher).ShouldBe(firstId);
        kept.IdNumberCipher.ShouldNotContain(firstId);
        kept.IdNumberMasked.ShouldBe(firstId[..4] + "**********" + firstId[14..]);
        protector.Unprotect(kept.PhoneCipher!).ShouldBe("13900000000");
        kept.PhoneMasked.ShouldBe("139****0000");
        (await db.People.SingleAsync(p => p.IdNumberHash == protector.Hash(Good1), TestContext.Current.CancellationToken)).Name.ShouldBe("易春兰");
        (await db.People.CountAsync(p => p.Name == "居民甲", TestContext.Current.CancellationToken)).ShouldBe(119);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task An_import_stopped_midway_keeps_nothing_and_the_next_one_runs(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await ImportAsync(fixture, MixedFile(), new PeopleImportOptions());
        var indexes = await IndexesAsync(fixture);
        var lines = new List<string> { "姓名,身份证号码,区划代码" };
        lines.AddRange(Enumerable.Range(0, 1000).Select(i => $"居民{"甲乙丙丁戊己庚辛壬癸"[i % 10]},{CitizenId.Create("430211", new DateOnly(1960, 1, 1).AddDays(i), 600)},{DemoDistrict.Xiashi}"));

        // Stopped once the first batch has gone to the database, with the indexes dropped and the
        // rows still streaming in: on PostgreSQL a COPY is then open and must be abandoned.
        using var stop = new CancellationTokenSource();
        await using (var scope = fixture.Scope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<PeopleImporter>();
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
            using var table = TabularFile.OpenCsv(stream);
            await Should.ThrowAsync<OperationCanceledException>(() => importer.ImportAsync(
                table, new PeopleImportOptions(BatchSize: 100, DeferIndexesAfter: 0), Actor.System("test"), new StopAfterFirst(stop), stop.Token));
        }

        (await fixture.CountPeopleAsync()).ShouldBe(3);
        (await IndexesAsync(fixture)).ShouldBe(indexes);
        (await ImportAsync(fixture, string.Join('\n', lines), new PeopleImportOptions())).Imported.ShouldBe(1000);
        (await fixture.CountPeopleAsync()).ShouldBe(1003);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task With_indexes_deferred_the_person_stored_before_is_kept_whatever_their_id(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        CitizenId.TryParse(Good2, out var parsed, out _).ShouldBeTrue();
        var stored = parsed!;
        await using (var scope = fixture.Scope())
        {
            // product.md, "one person, one record": a repeat never replaces the person stored. An id
            // above any an import makes, so the row kept cannot depend on how ids compare.
            var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
            var protector = scope.ServiceProvider.GetRequiredService<FieldProtector>();
            db.People.Add(new Person
            {
                Id = Guid.Parse("ffffffff-ffff-7fff-bfff-ffffffffffff"),
                Name = "早登记",
                IdNumberCipher = protector.Protect(stored.Value),
                IdNumberHash = protector.Hash(stored.Value),
                IdNumberMasked = stored.Masked,
                BirthDate = stored.BirthDate,
                Sex = stored.Sex,
                RegionCode = DemoDistrict.Xiashi,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var indexes = await IndexesAsync(fixture);
        var file = $"姓名,身份证号码,区划代码\n后来者,{Good2},{DemoDistrict.Xiashi}\n新居民,{Good3},{DemoDistrict.Xiashi}\n又一个,{Good2},{DemoDistrict.Xiashi}";

        var report = await ImportAsync(fixture, file, new PeopleImportOptions(DeferIndexesAfter: 0, BatchSize: 1));

        report.Imported.ShouldBe(1);
        report.Duplicates.ShouldBe(2);
        (await IndexesAsync(fixture)).ShouldBe(indexes);
        await using var check = fixture.Scope();
        var hash = check.ServiceProvider.GetRequiredService<FieldProtector>().Hash(Good2);
        (await check.ServiceProvider.GetRequiredService<DoorstepDb>().People.SingleAsync(p => p.IdNumberHash == hash, TestContext.Current.CancellationToken)).Name.ShouldBe("早登记");
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Postgres)]
    public async Task With_indexes_deferred_all_or_nothing_and_update_behave_as_without(string provider)
    {
        await using var fixture = await PlatformFixture.StartAsync(provider);
        await ImportAsync(fixture, MixedFile(), new PeopleImportOptions());
        var indexes = await IndexesAsync(fixture);
        indexes.ShouldContain(i => i.Contains("\"HouseholdId\" IS NOT NULL"));

        var refused = await ImportAsync(fixture, MixedFile().Replace("胡亮", "胡明"), new PeopleImportOptions(AllOrNothing: true, DeferIndexesAfter: 0));
        var changed = $"姓名,身份证号码,联系电话,现住址,区划代码\n易春兰,{Good1},13900001111,新住址,{DemoDistrict.Kanghua}002\n新来的,{Good3},,新住址,{DemoDistrict.Xiashi}";
        var updated = await ImportAsync(fixture, changed, new PeopleImportOptions(DuplicatePolicy.Update, DeferIndexesAfter: 0));

        refused.Imported.ShouldBe(0);
        updated.Updated.ShouldBe(1);
        updated.Imported.ShouldBe(1);
        (await fixture.CountPeopleAsync()).ShouldBe(4);
        (await IndexesAsync(fixture)).ShouldBe(indexes);
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var hash = scope.ServiceProvider.GetRequiredService<FieldProtector>().Hash(Good1);
        (await db.People.SingleAsync(p => p.IdNumberHash == hash, TestContext.Current.CancellationToken)).Address.ShouldBe("新住址");
    }

    [Fact]
    public async Task Gb18030_csv_and_utf8_with_bom_read_the_same()
    {
        await using var fixture = await PlatformFixture.StartAsync(TestDatabase.Sqlite);
        var text = $"姓名,身份证号码,区划代码\n魏秀英,{Good2},{DemoDistrict.Xiashi}";
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var gb = await ImportAsync(fixture, text, new PeopleImportOptions(), Encoding.GetEncoding("GB18030"));
        var bom = await ImportAsync(fixture, text, new PeopleImportOptions(), new UTF8Encoding(true));

        gb.Imported.ShouldBe(1);
        bom.Duplicates.ShouldBe(1);
        (await fixture.CountPeopleAsync()).ShouldBe(1);
        await using var scope = fixture.Scope();
        var hash = scope.ServiceProvider.GetRequiredService<FieldProtector>().Hash(Good2);
        (await scope.ServiceProvider.GetRequiredService<DoorstepDb>().People.SingleAsync(p => p.IdNumberHash == hash, TestContext.Current.CancellationToken)).Name.ShouldBe("魏秀英");
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_refused_whole()
    {
        await using var fixture = await PlatformFixture.StartAsync(TestDatabase.Sqlite);

        var error = await Should.ThrowAsync<InvalidDataException>(() => ImportAsync(fixture, $"名字,证件\n张三,{Good1}", new PeopleImportOptions()));

        error.Message.ShouldContain("姓名");
        error.Message.ShouldContain("身份证号码");
    }

    [Fact]
    public async Task Excel_files_import_like_csv()
    {
        await using var fixture = await PlatformFixture.StartAsync(TestDatabase.Sqlite);
        var path = Path.Combine(fixture.Database.DataFolder, "people.xlsx");
        MiniExcelLibs.MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object?> { ["姓名"] = "易春兰", ["身份证号码"] = Good1, ["联系电话"] = "13807331234", ["区划代码"] = DemoDistrict.Kanghua, ["经度"] = 113.098, ["纬度"] = 27.838 },
            new Dictionary<string, object?> { ["姓名"] = "坏号码", ["身份证号码"] = "123", ["联系电话"] = null, ["区划代码"] = DemoDistrict.Kanghua, ["经度"] = null, ["纬度"] = null },
        });

        await using var scope = fixture.Scope();
        using var table = TabularFile.Open(path);
        var report = await scope.ServiceProvider.GetRequiredService<PeopleImporter>().ImportAsync(table, new PeopleImportOptions(), Actor.System("test"), null, TestContext.Current.CancellationToken);

        report.Imported.ShouldBe(1);
        report.Errors.ShouldHaveSingleItem().Row.ShouldBe(3);
    }

    /// <summary>The people table's indexes, by name and definition as the database keeps them.</summary>
    private static async Task<List<string>> IndexesAsync(PlatformFixture fixture)
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DoorstepDb>();
        var sql = db.Database.IsNpgsql()
            ? "SELECT indexname || ': ' || indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'platform_people'"
            : "SELECT name || ': ' || coalesce(sql, '') AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'platform_people'";
        return (await db.Database.SqlQueryRaw<string>(sql).ToListAsync(TestContext.Current.CancellationToken)).Order(StringComparer.Ordinal).ToList();
    }

    internal static async Task<ImportReport> ImportAsync(PlatformFixture fixture, string csv, PeopleImportOptions options, Encoding? encoding = null)
    {
        await using var scope = fixture.Scope();
        var importer = scope.ServiceProvider.GetRequiredService<PeopleImporter>();
        using var stream = new MemoryStream((encoding ?? new UTF8Encoding(false)).GetPreamble().Concat((encoding ?? Encoding.UTF8).GetBytes(csv)).ToArray());
        using var table = TabularFile.OpenCsv(stream);
        return await importer.ImportAsync(table, options, Actor.System("test"), null, TestContext.Current.CancellationToken);
    }

    /// <summary>Reports synchronously, so that the import stops right after its first batch.</summary>
    private sealed class StopAfterFirst(CancellationTokenSource stop) : IProgress<int>
    {
        public void Report(int value) => stop.Cancel();
    }
}
