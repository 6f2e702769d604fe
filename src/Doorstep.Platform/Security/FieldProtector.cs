using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Doorstep.Platform.Security;

/// <summary>
/// Encrypts sensitive fields (AES-256-GCM, a key id in every value so keys can rotate) and
/// computes their blind index (HMAC-SHA-256 with a separate key) for equality search.
/// </summary>
public sealed class FieldProtector : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> keys;
    private readonly string activeKeyId;
    private readonly byte[] indexKey;
    private readonly ThreadLocal<Dictionary<string, AesGcm>> ciphers;

    public FieldProtector(KeyRing ring)
    {
        keys = ring.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value));
        activeKeyId = ring.Active;
        indexKey = Convert.FromBase64String(ring.IndexKey);
        if (!keys.ContainsKey(activeKeyId))
        {
            throw new InvalidOperationException($"The key file names active key '{activeKeyId}' but does not hold it.");
        }

        ciphers = new ThreadLocal<Dictionary<string, AesGcm>>(() => [], trackAllValues: true);
    }

    public string Protect(string plain)
    {
        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var buffer = new byte[NonceSize + plainBytes.Length + TagSize];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        Cipher(activeKeyId).Encrypt(nonce, plainBytes, buffer.AsSpan(NonceSize, plainBytes.Length), buffer.AsSpan(NonceSize + plainBytes.Length));
        return activeKeyId + "." + Convert.ToBase64String(buffer);
    }

    public string Unprotect(string stored)
    {
        var dot = stored.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            throw new CryptographicException("A protected value has no key id.");
        }

        var keyId = stored[..dot];
        var buffer = Convert.FromBase64String(stored[(dot + 1)..]);
        var length = buffer.Length - NonceSize - TagSize;
        var plain = new byte[length];
        Cipher(keyId).Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize, length), buffer.AsSpan(NonceSize + length), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The blind index of an already normalised value: 32 hex digits, stable across key rotation.</summary>
    public string Hash(string normalised)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(normalised), mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    public void Dispose()
    {
        foreach (var set in ciphers.Values)
        {
            foreach (var c in set.Values)
            {
                c.Dispose();
            }
        }

        ciphers.Dispose();
    }

    // AesGcm instances are not safe to share across threads, so each thread keeps its own.
    private AesGcm Cipher(string keyId)
    {
        var set = ciphers.Value!;
        if (!set.TryGetValue(keyId, out var cipher))
        {
            if (!keys.TryGetValue(keyId, out var key))
            {
                throw new CryptographicException($"Key '{keyId}' is not in the key file.");
            }

            cipher = new AesGcm(key, TagSize);
            set[keyId] = cipher;
        }

        return cipher;
    }
}

/// <summary>The key file: data keys by id, which one encrypts new values, and the index key.</summary>
public sealed record KeyRing(string Active, Dictionary<string, string> Keys, string IndexKey)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static KeyRing LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return JsonSerializer.Deserialize<KeyRing>(File.ReadAllText(path), Json)
                ?? throw new InvalidOperationException($"The key file {path} is empty.");
        }

        var ring = new KeyRing("k1", new() { ["k1"] = NewKey() }, NewKey());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(ring, Json));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return ring;
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
