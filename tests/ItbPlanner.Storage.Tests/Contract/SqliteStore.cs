using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>The contract's SQLite store: a log file in a fresh temporary directory.</summary>
public sealed class SqliteStore : IStoreUnderTest
{
    private readonly TempLog log = new();

    public SqliteStore()
    {
        using var created = log.Open();
    }

    public string Address => log.Path;

    public FakeTimeProvider Clock => log.Clock;

    public LogDatabase Open() => log.Open();

    public void Execute(string sql) => log.Execute(sql);

    public object? Scalar(string sql) => log.Scalar(sql);

    public void Dispose() => log.Dispose();
}
