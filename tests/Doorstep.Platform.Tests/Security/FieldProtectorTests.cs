using System.Security.Cryptography;
using Doorstep.Platform.Security;

namespace Doorstep.Platform.Tests.Security;

/// <summary>等保 level 3: ID numbers and phones encrypted at rest, searchable only by keyed hash.</summary>
public sealed class FieldProtectorTests
{
    private static KeyRing Ring(string active, params string[] ids) =>
        new(active, ids.ToDictionary(id => id, _ => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    [Fact]
    public void Round_trips_and_never_stores_the_plain_text_or_repeats_a_cipher()
    {
        using var protector = new FieldProtector(Ring("k1", "k1"));

        var a = protector.Protect("11010519491231002X");
        var b = protector.Protect("11010519491231002X");

        a.ShouldStartWith("k1.");
        a.ShouldNotContain("11010519491231002X");
        a.ShouldNotBe(b);
        protector.Unprotect(a).ShouldBe("11010519491231002X");
    }

    [Fact]
    public void Old_values_still_read_after_the_active_key_rotates_and_the_blind_index_stays()
    {
        var old = Ring("k1", "k1");
        using var before = new FieldProtector(old);
        var stored = before.Protect("13807331234");
        var rotated = old with { Active = "k2", Keys = new(old.Keys) { ["k2"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) } };
        using var after = new FieldProtector(rotated);

        after.Unprotect(stored).ShouldBe("13807331234");
        after.Protect("x").ShouldStartWith("k2.");
        after.Hash("13807331234").ShouldBe(before.Hash("13807331234"));
    }

    [Fact]
    public void A_tampered_value_is_refused()
    {
        using var protector = new FieldProtector(Ring("k1", "k1"));
        var stored = protector.Protect("13807331234").ToCharArray();
        stored[^3] = stored[^3] == 'A' ? 'B' : 'A';

        Should.Throw<CryptographicException>(() => protector.Unprotect(new string(stored)));
    }

    [Fact]
    public void The_key_file_is_created_once_and_readable_only_by_its_owner()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "keys.json");

        var first = KeyRing.LoadOrCreate(path);
        var second = KeyRing.LoadOrCreate(path);

        second.ShouldBe(first, new KeyRingComparer());
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private sealed class KeyRingComparer : IEqualityComparer<KeyRing>
    {
        public bool Equals(KeyRing? x, KeyRing? y) => x!.Active == y!.Active && x.IndexKey == y.IndexKey && x.Keys.SequenceEqual(y.Keys);

        public int GetHashCode(KeyRing obj) => obj.Active.GetHashCode(StringComparison.Ordinal);
    }
}
