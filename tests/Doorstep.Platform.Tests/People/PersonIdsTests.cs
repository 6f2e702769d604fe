using Doorstep.Platform.People.Import;

namespace Doorstep.Platform.Tests.People;

/// <summary>Imported people get version-7 ids that sort in file order and still carry random bits.</summary>
public sealed class PersonIdsTests
{
    private static readonly DateTimeOffset ImportTime = new(2026, 11, 29, 4, 0, 0, 123, TimeSpan.Zero);

    [Fact]
    public void Ids_are_version_7_with_the_import_time_and_ascend_in_the_order_they_are_made()
    {
        var ids = new PersonIds(ImportTime);

        var made = Enumerable.Range(0, 5000).Select(_ => ids.Next()).ToList();

        made.ShouldAllBe(id => id.Version == 7 && id.Variant >= 8 && id.Variant <= 0xB);
        made.ShouldAllBe(id => Milliseconds(id) == ImportTime.ToUnixTimeMilliseconds());
        made.Select(Bytes).ShouldBe(made.Select(Bytes).Order(StringComparer.Ordinal));
        made.Distinct().Count().ShouldBe(made.Count);
    }

    [Fact]
    public void When_the_counter_runs_out_the_timestamp_moves_on_and_the_ids_keep_ascending()
    {
        var ids = new PersonIds(ImportTime, firstCounter: (1 << 26) - 3);

        var made = Enumerable.Range(0, 6).Select(_ => ids.Next()).ToList();

        made.ShouldAllBe(id => id.Version == 7 && id.Variant >= 8 && id.Variant <= 0xB);
        made.Select(Bytes).ShouldBe(made.Select(Bytes).Order(StringComparer.Ordinal));
        made.Take(3).ShouldAllBe(id => Milliseconds(id) == ImportTime.ToUnixTimeMilliseconds());
        made.Skip(3).ShouldAllBe(id => Milliseconds(id) == ImportTime.ToUnixTimeMilliseconds() + 1);
    }

    [Fact]
    public void The_last_48_bits_are_random_and_differ_between_imports()
    {
        var first = Enumerable.Range(0, 3000).Select(_ => new PersonIds(ImportTime)).Select(ids => ids.Next()).ToList();

        first.Select(id => Bytes(id)[20..]).Distinct().Count().ShouldBe(first.Count);
    }

    private static string Bytes(Guid id) => Convert.ToHexString(id.ToByteArray(bigEndian: true));

    private static long Milliseconds(Guid id)
    {
        var bytes = id.ToByteArray(bigEndian: true);
        return ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24) | ((long)bytes[3] << 16) | ((long)bytes[4] << 8) | bytes[5];
    }
}
