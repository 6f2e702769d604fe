using System.Security.Cryptography;

namespace Doorstep.Platform.People.Import;

/// <summary>
/// Version-7 ids with the import's timestamp, but with a counter in the bits after it (RFC 9562,
/// method 1) instead of only random ones: new rows then go to the end of the primary-key index
/// instead of to random pages of it, which at a million rows is the difference between the index
/// fitting in cache or not. The ids ascend in the order they are made, so a deferred import can
/// tell which of two rows with one ID number came first. The last 48 bits stay random. One
/// import, one thread.
/// </summary>
internal sealed class PersonIds
{
    private const int CounterBits = 26;
    private const int RandomBytes = 6;

    // Random bits are drawn for this many ids at once: asking the system generator for six bytes
    // is a system call each time, which costs more than the rest of the id.
    private const int IdsPerDraw = 1024;

    private readonly byte[] prefix = new byte[16];
    private readonly byte[] random = new byte[RandomBytes * IdsPerDraw];
    private DateTimeOffset timestamp;
    private int nextRandom = RandomBytes * IdsPerDraw;
    private int counter;

    /// <param name="firstCounter">Where the counter starts; only tests start it anywhere but 0.</param>
    public PersonIds(DateTimeOffset timestamp, int firstCounter = 0)
    {
        this.timestamp = timestamp;
        counter = firstCounter;
        Guid.CreateVersion7(timestamp).TryWriteBytes(prefix, bigEndian: true, out _);
    }

    public Guid Next()
    {
        // RFC 9562 §6.2: when the counter runs out, the timestamp moves on a millisecond.
        if (counter >= 1 << CounterBits)
        {
            timestamp = timestamp.AddMilliseconds(1);
            Guid.CreateVersion7(timestamp).TryWriteBytes(prefix, bigEndian: true, out _);
            counter = 0;
        }

        if (nextRandom == random.Length)
        {
            RandomNumberGenerator.Fill(random);
            nextRandom = 0;
        }

        var n = counter++;
        Span<byte> bytes = stackalloc byte[16];
        prefix.AsSpan(0, 6).CopyTo(bytes);
        bytes[6] = (byte)(0x70 | (n >> 22));
        bytes[7] = (byte)(n >> 14);
        bytes[8] = (byte)(0x80 | ((n >> 8) & 0x3F));
        bytes[9] = (byte)n;
        random.AsSpan(nextRandom, RandomBytes).CopyTo(bytes[10..]);
        nextRandom += RandomBytes;
        return new Guid(bytes, bigEndian: true);
    }
}
