using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Doorstep.Platform.Security;

/// <summary>
/// Encrypts sensitive fields (AES-256-GCM, a key id in every value so keys can rotate) and
/// computes their blind index (HMAC-SHA-256 with a separate key) for equality search.
/// A stored value is "keyId." + base64(nonce ‖ cipher text ‖ tag). Safe to share across threads.
/// </summary>
/// <remarks>
/// Buffers are sized for the longest encoding, so that a value is encoded in one pass rather than
/// counted and then encoded, and left unzeroed, since every byte read is written first.
/// </remarks>
[SkipLocalsInit]
public sealed class FieldProtector : IDisposable
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int IndexBytes = 16;

    // Values this short are sealed on the stack; ID numbers and phones are far below it.
    private const int StackLimit = 512;

    private readonly Dictionary<string, byte[]> keys;
    private readonly string activeKeyId;
    private readonly ThreadLocal<ThreadCrypto> perThread;

    public FieldProtector(KeyRing ring)
        : this(ring, LibCrypto.Functions is not null)
    {
    }

    /// <param name="openSsl">
    /// Seal through libcrypto directly (<see cref="OpenSslSealer"/>) rather than .NET's classes, where
    /// the keys suit it; both give the same values.
    /// </param>
    internal FieldProtector(KeyRing ring, bool openSsl)
    {
        keys = ring.Keys.ToDictionary(k => k.Key, k => Convert.FromBase64String(k.Value), StringComparer.Ordinal);
        activeKeyId = ring.Active;
        var indexKey = Convert.FromBase64String(ring.IndexKey);
        if (!keys.TryGetValue(activeKeyId, out var activeKey))
        {
            throw new InvalidOperationException($"The key file names active key '{activeKeyId}' but does not hold it.");
        }

        UsesOpenSsl = openSsl && OpenSslSealer.Fits(activeKey, indexKey);
        perThread = new ThreadLocal<ThreadCrypto>(
            () => new ThreadCrypto(keys, UsesOpenSsl ? new OpenSslSealer(activeKey, indexKey) : new DotNetSealer(activeKey, indexKey)),
            trackAllValues: true);
    }

    internal bool UsesOpenSsl { get; }

    public string Protect(string plain)
    {
        var crypto = perThread.Value!;
        var maxLength = NonceSize + Encoding.UTF8.GetMaxByteCount(plain.Length) + TagSize;
        var buffer = maxLength <= StackLimit ? stackalloc byte[maxLength] : new byte[maxLength];
        var plainLength = Encoding.UTF8.GetBytes(plain, buffer[NonceSize..]);
        var sealedLength = NonceSize + plainLength + TagSize;
        var nonce = buffer[..NonceSize];
        crypto.NextNonce(nonce);
        crypto.Sealer.Encrypt(nonce, buffer.Slice(NonceSize, plainLength), buffer.Slice(NonceSize + plainLength, TagSize));

        var length = activeKeyId.Length + 1 + Base64.GetMaxEncodedToUtf8Length(sealedLength);
        var chars = length <= StackLimit ? stackalloc char[length] : new char[length];
        activeKeyId.CopyTo(chars);
        chars[activeKeyId.Length] = '.';
        Convert.TryToBase64Chars(buffer[..sealedLength], chars[(activeKeyId.Length + 1)..], out var written);
        return new string(chars[..(activeKeyId.Length + 1 + written)]);
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
        perThread.Value!.Cipher(keyId).Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize, length), buffer.AsSpan(NonceSize + length), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The blind index of an already normalised value: 32 hex digits, stable across key rotation.</summary>
    public string Hash(string normalised)
    {
        var maxLength = Encoding.UTF8.GetMaxByteCount(normalised.Length);
        var bytes = maxLength <= StackLimit ? stackalloc byte[maxLength] : new byte[maxLength];
        var length = Encoding.UTF8.GetBytes(normalised, bytes);
        Span<byte> mac = stackalloc byte[32];
        perThread.Value!.Sealer.Mac(bytes[..length], mac);
        return Convert.ToHexStringLower(mac[..IndexBytes]);
    }

    public void Dispose()
    {
        foreach (var crypto in perThread.Values)
        {
            crypto.Dispose();
        }

        perThread.Dispose();
    }

    /// <summary>
    /// One thread's keyed primitives. Cipher and HMAC contexts are not thread-safe, and setting
    /// one up (key schedule, OpenSSL look-ups) costs more than sealing an ID number, so each
    /// thread keeps its own and reuses them: the sealer for the active key, and a cipher per key
    /// for the values it reads.
    /// </summary>
    private sealed class ThreadCrypto(Dictionary<string, byte[]> keys, ISealer sealer) : IDisposable
    {
        // Random bytes are drawn this many nonces at a time: a call to the system generator costs
        // about as much as the encryption itself, and drawing more at once costs barely more.
        private const int NoncesPerDraw = 256;

        private readonly Dictionary<string, AesGcm> ciphers = new(StringComparer.Ordinal);
        private readonly byte[] nonces = new byte[NonceSize * NoncesPerDraw];
        private int nextNonce = NonceSize * NoncesPerDraw;

        public ISealer Sealer => sealer;

        public AesGcm Cipher(string keyId)
        {
            if (!ciphers.TryGetValue(keyId, out var cipher))
            {
                if (!keys.TryGetValue(keyId, out var key))
                {
                    throw new CryptographicException($"Key '{keyId}' is not in the key file.");
                }

                cipher = new AesGcm(key, TagSize);
                ciphers[keyId] = cipher;
            }

            return cipher;
        }

        /// <summary>A fresh random nonce: the next unused one of the last draw.</summary>
        public void NextNonce(Span<byte> nonce)
        {
            if (nextNonce == nonces.Length)
            {
                RandomNumberGenerator.Fill(nonces);
                nextNonce = 0;
            }

            nonces.AsSpan(nextNonce, NonceSize).CopyTo(nonce);
            nextNonce += NonceSize;
        }

        public void Dispose()
        {
            foreach (var cipher in ciphers.Values)
            {
                cipher.Dispose();
            }

            sealer.Dispose();
        }
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
