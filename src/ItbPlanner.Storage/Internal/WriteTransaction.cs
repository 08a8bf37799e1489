using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ItbPlanner.Storage.Internal;

/// <summary>
/// Runs work inside <c>BEGIN IMMEDIATE … COMMIT</c>: the write lock is taken before anything is read, so two processes
/// appending to one patient serialise cleanly (the second reads the first one's new head), and the work is all or nothing.
/// Waiting for the lock polls every 1–16 ms up to the busy timeout (see <see cref="SqliteConnectionFactory"/> for why).
/// </summary>
internal static class WriteTransaction
{
    private const int MaxPollMilliseconds = 16;

    public static T Run<T>(SqliteConnection connection, string path, TimeSpan busyTimeout, Func<T> work)
    {
        Begin(connection, path, busyTimeout);
        try
        {
            var result = work();
            Sql.Execute(connection, "COMMIT");
            return result;
        }
        catch
        {
            if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
            {
                Sql.Execute(connection, "ROLLBACK");
            }

            throw;
        }
    }

    private static void Begin(SqliteConnection connection, string path, TimeSpan busyTimeout)
    {
        var waited = Stopwatch.StartNew();
        var poll = 1;
        while (true)
        {
            var rc = raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE");
            if (rc == raw.SQLITE_OK)
            {
                return;
            }

            var primary = rc & 0xff;
            if (primary != raw.SQLITE_BUSY && primary != raw.SQLITE_LOCKED)
            {
                throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), rc);
            }

            if (waited.Elapsed >= busyTimeout)
            {
                throw new StorageException(path, $"{path} is busy: another itb has been writing to it for {busyTimeout.TotalSeconds:0.#} s; try again.");
            }

            Thread.Sleep(poll);
            poll = Math.Min(poll * 2, MaxPollMilliseconds);
        }
    }
}
