using System.Security.Cryptography;
using System.Text;
using Doorstep.Platform.Security;

namespace Doorstep.Platform.Tests.Security;

/// <summary>等保 level 3: ID numbers and phones encrypted at rest, searchable only by keyed hash.</summary>
public sealed class FieldProtectorTests
{
    private static KeyRing Ring(string active, params string[] ids) =>
        new(active, ids.ToDictionary(id => id, _ => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    // The libcrypto sealer exists only where the library loads; elsewhere both cases use .NET's.
    private static FieldProtector Protector(KeyRing ring, bool openSsl) => new(ring, openSsl && OperatingSystem.IsLinux());

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
    public void A_value_sealed_in_the_stored_format_by_any_implementation_still_reads()
    {
        var ring = Ring("k1", "k1");
        using var protector = new FieldProtector(ring);
        var key = Convert.FromBase64String(ring.Keys["k1"]);
        var plain = Encoding.UTF8.GetBytes("11010519491231002X");
        var nonce = RandomNumberGenerator.GetBytes(12);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(key, 16))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        protector.Unprotect("k1." + Convert.ToBase64String([.. nonce, .. cipher, .. tag])).ShouldBe("11010519491231002X");
    }

    [Fact]
    public void On_linux_values_are_sealed_through_libcrypto_directly()
    {
        using var protector = new FieldProtector(Ring("k1", "k1"));

        protector.UsesOpenSsl.ShouldBe(OperatingSystem.IsLinux());
    }

    [Fact]
    public void Keys_of_other_sizes_are_served_by_dotnet_with_the_same_values()
    {
        var indexKey = RandomNumberGenerator.GetBytes(80);
        var ring = new KeyRing("k1", new() { ["k1"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)) }, Convert.ToBase64String(indexKey));
        using var protector = new FieldProtector(ring);

        protector.UsesOpenSsl.ShouldBeFalse();
        protector.Unprotect(protector.Protect("13807331234")).ShouldBe("13807331234");
        protector.Hash("13807331234").ShouldBe(Convert.ToHexStringLower(HMACSHA256.HashData(indexKey, "13807331234"u8)[..16]));
    }

    [Theory]
    [InlineData("13807331234", true)]
    [InlineData("", true)]
    [InlineData("湖南省株洲市天元区康华社区", true)]
    [InlineData("13807331234", false)]
    [InlineData("", false)]
    [InlineData("湖南省株洲市天元区康华社区", false)]
    public void Protect_writes_key_id_dot_base64_of_nonce_cipher_text_and_tag(string plain, bool openSsl)
    {
        var ring = Ring("k2", "k1", "k2");
        using var protector = Protector(ring, openSsl);

        var stored = protector.Protect(plain);

        stored.ShouldStartWith("k2.");
        var sealedBytes = Convert.FromBase64String(stored["k2.".Length..]);
        var length = Encoding.UTF8.GetByteCount(plain);
        sealedBytes.Length.ShouldBe(12 + length + 16);
        var opened = new byte[length];
        using var aes = new AesGcm(Convert.FromBase64String(ring.Keys["k2"]), 16);
        aes.Decrypt(sealedBytes.AsSpan(0, 12), sealedBytes.AsSpan(12, length), sealedBytes.AsSpan(12 + length), opened);
        Encoding.UTF8.GetString(opened).ShouldBe(plain);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_long_value_round_trips(bool openSsl)
    {
        using var protector = Protector(Ring("k1", "k1"), openSsl);
        var text = string.Concat(Enumerable.Repeat("备注：长文本。", 200));

        protector.Unprotect(protector.Protect(text)).ShouldBe(text);
        protector.Hash(text).ShouldBe(protector.Hash(text));
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("13807331234", true)]
    [InlineData("", true)]
    [InlineData("11010519491231002X", false)]
    [InlineData("13807331234", false)]
    [InlineData("", false)]
    public void The_blind_index_is_the_first_half_of_the_hmac_sha256_in_lower_case_hex(string value, bool openSsl)
    {
        var ring = Ring("k1", "k1");
        using var protector = Protector(ring, openSsl);

        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromBase64String(ring.IndexKey), Encoding.UTF8.GetBytes(value))[..16]);

        protector.Hash(value).ShouldBe(expected);
        protector.Hash(value).ShouldBe(expected);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Threads_sharing_one_protector_get_correct_values_and_never_the_same_nonce(bool openSsl)
    {
        var ring = Ring("k1", "k1");
        using var protector = Protector(ring, openSsl);
        var indexKey = Convert.FromBase64String(ring.IndexKey);
        var nonces = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var value = i.ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
            var stored = protector.Protect(value);
            protector.Unprotect(stored).ShouldBe(value);
            protector.Hash(value).ShouldBe(Convert.ToHexStringLower(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(value))[..16]));
            nonces.TryAdd(Convert.ToHexString(Convert.FromBase64String(stored[3..]).AsSpan(0, 12)), true).ShouldBeTrue();
        });

        nonces.Count.ShouldBe(20_000);
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
