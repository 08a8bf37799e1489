using Microsoft.Data.Sqlite;

namespace ItbPlanner.Storage.Internal;

/// <summary>Turns SQLite's error codes into one line saying what is wrong with the log file and what to do.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    public static StorageException ToStorage(SqliteException e, string path) =>
        new(path, Describe(e, path), isDamage: e.SqliteErrorCode is Corrupt or NotADatabase, e);

    public static string Describe(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        NotADatabase => $"{path} is not an ItbPlanner log ({Detail(e)}); check the --db path.",
        Corrupt => $"{path} is damaged ({Detail(e)}); restore it from a backup.",
        ReadOnly => $"{path} cannot be written (read-only file or directory); check its permissions.",
        CantOpen => $"Cannot open {path}: check that the file and its directory exist and are writable.",
        Busy or Locked => $"{path} is busy: another itb is writing to it; try again.",
        Full => $"Cannot write to {path}: the disk is full.",
        IoError => $"Cannot read or write {path}: input/output error ({Detail(e)}).",
        _ => $"{path}: {Detail(e)}.",
    };

    /// <summary>"SQLite error 26: file is not a database" from Microsoft.Data.Sqlite's "SQLite Error 26: 'file is not a database'.".</summary>
    private static string Detail(SqliteException e)
    {
        var message = e.Message.TrimEnd('.');
        var quote = message.IndexOf('\'', StringComparison.Ordinal);
        var text = quote >= 0 ? message[(quote + 1)..].TrimEnd('\'') : message;
        return $"SQLite error {e.SqliteErrorCode}: {text}";
    }
}
