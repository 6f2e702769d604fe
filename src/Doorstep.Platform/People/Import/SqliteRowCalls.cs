using System.Runtime.InteropServices;
using SQLitePCL;

namespace Doorstep.Platform.People.Import;

/// <summary>
/// The SQLite functions an import calls for every row, by address in the library Microsoft.Data.Sqlite
/// has loaded. Through SQLitePCL each of a row's twenty-odd calls counts a SafeHandle's references up
/// and down and changes GC mode around the call. The library is found by the name, and from the
/// assembly, that SQLitePCL's own imports use, so it is the one already loaded.
/// </summary>
internal sealed unsafe class SqliteRowCalls
{
    public static readonly SqliteRowCalls Functions = Load();

    private SqliteRowCalls()
    {
    }

    // Binding copies a value into the statement and never blocks (the connection's mutex is only
    // ever taken by the thread importing), so the binds skip the GC transition.
    public delegate* unmanaged[SuppressGCTransition]<nint, int, byte*, int, nint, int> BindText { get; private init; }

    public delegate* unmanaged[SuppressGCTransition]<nint, int, long, int> BindInt64 { get; private init; }

    public delegate* unmanaged[SuppressGCTransition]<nint, int, double, int> BindDouble { get; private init; }

    public delegate* unmanaged[SuppressGCTransition]<nint, int, int> BindNull { get; private init; }

    public delegate* unmanaged[SuppressGCTransition]<nint, int> Changes { get; private init; }

    // Stepping reads and writes pages, so it may wait on the file system: the GC must be free to run meanwhile.
    public delegate* unmanaged<nint, int> Step { get; private init; }

    public delegate* unmanaged<nint, int> Reset { get; private init; }

    private static SqliteRowCalls Load()
    {
        var lib = NativeLibrary.Load("e_sqlite3", typeof(SQLite3Provider_e_sqlite3).Assembly, null);
        var names = new[] { "sqlite3_bind_text", "sqlite3_bind_int64", "sqlite3_bind_double", "sqlite3_bind_null", "sqlite3_changes", "sqlite3_step", "sqlite3_reset" };
        var found = names.Select(name => NativeLibrary.GetExport(lib, name)).ToArray();

        return new SqliteRowCalls
        {
            BindText = (delegate* unmanaged[SuppressGCTransition]<nint, int, byte*, int, nint, int>)found[0],
            BindInt64 = (delegate* unmanaged[SuppressGCTransition]<nint, int, long, int>)found[1],
            BindDouble = (delegate* unmanaged[SuppressGCTransition]<nint, int, double, int>)found[2],
            BindNull = (delegate* unmanaged[SuppressGCTransition]<nint, int, int>)found[3],
            Changes = (delegate* unmanaged[SuppressGCTransition]<nint, int>)found[4],
            Step = (delegate* unmanaged<nint, int>)found[5],
            Reset = (delegate* unmanaged<nint, int>)found[6],
        };
    }
}
