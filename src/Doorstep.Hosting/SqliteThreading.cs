using SQLitePCL;

namespace Doorstep.Hosting;

/// <summary>How SQLite guards its connections in a process.</summary>
public static class SqliteThreading
{
    /// <summary>
    /// Puts SQLite in multi-thread mode: each connection goes unguarded, since ADO.NET never uses
    /// one from two threads at once, while SQLite's shared state keeps its locks. In the default,
    /// serialized mode every call takes the connection's mutex; a people import makes about 25
    /// calls a row, and locking took 6% of its CPU. It applies only before the process's first
    /// connection opens; called later, SQLite refuses it and stays serialized, which is as correct.
    /// </summary>
    public static void UseMultiThread()
    {
        Batteries_V2.Init();
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
    }
}
