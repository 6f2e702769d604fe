using System.Buffers.Binary;
using System.IO.Compression;
using Doorstep.Care.Photos;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Security;
using Doorstep.Platform.Ui;
using Doorstep.Platform.WorkItems.Lifecycle;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Care.Events;

/// <summary>
/// 嵩山街道's 民俗文化手工趴 for young workers, under way today: 34 sign-ups for 30 places (so four
/// wait), and the sign-in half done; a youth volunteering day next week with a few sign-ups; and
/// last month's youth basketball friendly, attended, with two small photos.
/// </summary>
internal static class EventDemo
{
    private static readonly string[] Surnames = ["李", "王", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "谭", "罗", "彭", "易", "邓", "曾", "唐"];
    private static readonly string[] Given = ["子涵", "浩然", "欣怡", "思远", "雨桐", "俊杰", "佳琪", "梓轩", "诗雨", "宇航", "婉清", "一鸣", "晓彤", "嘉怡", "文博", "若曦", "志鹏"];

    public static async Task SeedAsync(DemoSeedContext context, CancellationToken ct)
    {
        var events = context.Service<EventService>();
        var signUps = context.Service<EventSignUpService>();
        var officer = Actor.System("officer");
        var now = context.Service<TimeProvider>().GetUtcNow().UtcDateTime;
        var today = ShanghaiTime.Today(context.Service<TimeProvider>());
        DateTime At(int days, int hour) => today.AddDays(days).ToDateTime(new TimeOnly(hour, 0));

        var handicraft = await CreateAsync(events, officer, new EventInput(
            "民俗文化手工趴", "民俗文化", At(3, 14), At(3, 17), "天元区嵩山街道康华社区党群服务中心三楼", "天元区总工会、共青团天元区委、嵩山街道办事处", 30, At(2, 18), DemoDistrict.Songshan,
            "面向辖区青年职工：剪纸、扎染、醴陵釉下彩绘盘体验，非遗传承人现场教学，材料免费提供。"), ct);
        await SignUpAsync(signUps, officer, handicraft, 34, 0, ct);

        var volunteer = await CreateAsync(events, officer, new EventInput(
            "湘江风光带青年志愿清洁行动", "志愿服务", At(8, 8), At(8, 11), "天元区湘江风光带神农大桥下集合", "共青团天元区委、嵩山街道", 20, At(7, 20), DemoDistrict.Songshan,
            "沿江捡拾垃圾、劝导文明垂钓，活动结束后统一合影。请穿运动鞋，自带水杯。"), ct);
        await SignUpAsync(signUps, officer, volunteer, 6, 40, ct);

        var basketball = await CreateAsync(events, officer, new EventInput(
            "青年职工篮球友谊赛", "青年活动", At(5, 19), At(5, 21), "天元区嵩山街道文体活动中心篮球场", "天元区总工会", 12, At(4, 18), DemoDistrict.Songshan,
            "园区企业青年职工组队参赛，以球会友。"), ct);
        await SignUpAsync(signUps, officer, basketball, 12, 60, ct);

        // The handicraft afternoon began an hour ago; last month's game is over. Moved here once
        // the sign-ups are in, since nobody may sign up for an event that has begun.
        await MoveAsync(context, handicraft, now.AddHours(-1), now.AddHours(3), ct);
        await MoveAsync(context, basketball, ShanghaiTime.ToUtc(At(-30, 19)), ShanghaiTime.ToUtc(At(-30, 21)), ct);
        await AttendAsync(events, signUps, officer, handicraft, 18, ct);
        await AttendAsync(events, signUps, officer, basketball, 11, ct);

        var photos = context.Service<CarePhotoService>();
        var stored = await photos.AddAsync(EventPhotoOwner.OwnerKind, basketball,
            [new PhotoUpload("开球合影.png", "image/png", Png(0xE8, 0x6A, 0x1C)), new PhotoUpload("颁奖.png", "image/png", Png(0x1C, 0x6A, 0xE8))], officer, ct);
        Check(stored.Errors);
    }

    private static async Task<Guid> CreateAsync(EventService events, Actor officer, EventInput input, CancellationToken ct)
    {
        var created = await events.CreateAsync(input, officer, ct);
        Check(created.Errors);
        return created.Value!.Id;
    }

    private static async Task SignUpAsync(EventSignUpService signUps, Actor officer, Guid eventId, int count, int offset, CancellationToken ct)
    {
        for (var i = 0; i < count; i++)
        {
            var n = offset + i;
            var name = Surnames[n % Surnames.Length] + Given[(n * 7 + n / Surnames.Length) % Given.Length];
            var outcome = await signUps.SignUpAsync(eventId, new SignUpInput(Name: name, Phone: $"1397331{n:0000}", Note: n % 5 == 0 ? "株洲硬质合金集团" : null), officer, ct);
            Check(outcome.Errors);
        }
    }

    private static async Task MoveAsync(DemoSeedContext context, Guid eventId, DateTime starts, DateTime ends, CancellationToken ct) =>
        await context.Db.Set<CommunityEvent>().Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.StartsAt, starts).SetProperty(x => x.EndsAt, ends).SetProperty(x => x.SignUpDeadline, starts.AddHours(-20)), ct);

    private static async Task AttendAsync(EventService events, EventSignUpService signUps, Actor officer, Guid eventId, int count, CancellationToken ct)
    {
        var detail = await events.GetAsync(eventId, ct);
        foreach (var s in detail!.SignUps.Where(s => s.Status == SignUpStatus.Confirmed).Take(count))
        {
            Check((await signUps.MarkAttendanceAsync(eventId, s.Id, true, officer, ct)).Errors);
        }
    }

    /// <summary>A real 48×32 PNG: a two-colour band picture, a few hundred bytes.</summary>
    internal static byte[] Png(byte r, byte g, byte b)
    {
        const int Width = 48, Height = 32;
        var raw = new byte[Height * (1 + Width * 3)];
        for (var y = 0; y < Height; y++)
        {
            var row = y * (1 + Width * 3);
            for (var x = 0; x < Width; x++)
            {
                var light = y > Height * 2 / 3 ? 0xF0 : 0;
                raw[row + 1 + x * 3] = (byte)Math.Max(r, light);
                raw[row + 2 + x * 3] = (byte)Math.Max(g, light);
                raw[row + 3 + x * 3] = (byte)Math.Max(b, light);
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8;
        header[9] = 2;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(four, data.Length);
        png.Write(four);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32(typed));
        png.Write(four);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Check(Platform.Validation.FieldErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new InvalidOperationException($"Care demo: {errors}");
        }
    }
}
