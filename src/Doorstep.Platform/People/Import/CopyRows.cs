using System.Buffers.Binary;
using System.Text;

namespace Doorstep.Platform.People.Import;

/// <summary>
/// Rows in PostgreSQL's binary COPY format, written into one buffer that goes to the server whole.
/// Npgsql's binary importer resolves each value's type and runs an async state machine per value,
/// which at a million rows of nineteen values cost about a CPU second; this writes the bytes the
/// server expects for each column type directly.
/// </summary>
internal sealed class CopyRows
{
    private const int SendAt = 256 * 1024;

    // PostgreSQL counts dates and times from 2000-01-01, times in microseconds.
    private static readonly int EpochDay = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long EpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    // "PGCOPY\n\377\r\n\0", then no flags and no header extension.
    private static ReadOnlySpan<byte> Header => [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];

    private byte[] buffer = new byte[SendAt + 4096];
    private int length;

    /// <summary>True when enough rows are waiting to be worth a write to the server.</summary>
    public bool Full => length >= SendAt;

    public ReadOnlyMemory<byte> Pending => buffer.AsMemory(0, length);

    public void Sent() => length = 0;

    /// <summary>The signature and flags that open a COPY's data.</summary>
    public void Start() => Header.CopyTo(Take(Header.Length));

    /// <summary>The field count of -1 that ends a COPY's data.</summary>
    public void End() => BinaryPrimitives.WriteInt16BigEndian(Take(2), -1);

    public void Row(short columns) => BinaryPrimitives.WriteInt16BigEndian(Take(2), columns);

    public void Uuid(Guid value)
    {
        var field = Field(16);
        value.TryWriteBytes(field, bigEndian: true, out _);
    }

    public void Text(string? value)
    {
        if (value is null)
        {
            Null();
            return;
        }

        Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var written = Encoding.UTF8.GetBytes(value, buffer.AsSpan(length + 4));
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(length), written);
        length += 4 + written;
    }

    public void Date(DateOnly value) => BinaryPrimitives.WriteInt32BigEndian(Field(4), value.DayNumber - EpochDay);

    public void Integer(int value) => BinaryPrimitives.WriteInt32BigEndian(Field(4), value);

    public void Boolean(bool value) => Field(1)[0] = value ? (byte)1 : (byte)0;

    public void Double(double? value)
    {
        if (value is not { } v)
        {
            Null();
            return;
        }

        BinaryPrimitives.WriteDoubleBigEndian(Field(8), v);
    }

    /// <summary>A UTC time as timestamptz; like Npgsql, ticks below a microsecond are dropped.</summary>
    public void Timestamp(DateTime utc) => BinaryPrimitives.WriteInt64BigEndian(Field(8), (utc.Ticks - EpochTicks) / 10);

    private void Null() => BinaryPrimitives.WriteInt32BigEndian(Take(4), -1);

    private Span<byte> Field(int size)
    {
        var span = Take(4 + size);
        BinaryPrimitives.WriteInt32BigEndian(span, size);
        return span[4..];
    }

    private Span<byte> Take(int size)
    {
        Reserve(size);
        var span = buffer.AsSpan(length, size);
        length += size;
        return span;
    }

    private void Reserve(int size)
    {
        if (length + size > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + size));
        }
    }
}
