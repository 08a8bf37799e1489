using ItbPlanner.Storage.Postgres;
using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>
/// The contract's PostgreSQL store: a fresh database on the test cluster (<see cref="PostgresCluster"/>), its schema and
/// roles made as <c>itb db init</c> makes them, dropped afterwards.
/// </summary>
public sealed class PostgresStore : IStoreUnderTest
{
    public PostgresStore()
    {
        Cluster = PostgresCluster.Shared;
        Database = Cluster.CreateDatabase();
        Address = Cluster.Url(Database);
        PostgresLogDatabase.Initialise(LogTarget.Parse(Address), Clock);
        Cluster.CreateRoles(Database, PostgresRoles.Sql);
    }

    public PostgresCluster Cluster { get; }

    public string Database { get; }

    public string Address { get; }

    public FakeTimeProvider Clock { get; } = FakeTimeProvider.At(2026, 11, 21);

    public LogDatabase Open() => LogDatabase.Open(LogTarget.Parse(Address), Clock);

    /// <summary>Opens the log as another role (a clinician's or a reviewer's login).</summary>
    public LogDatabase OpenAs(string user) => LogDatabase.Open(LogTarget.Parse(Cluster.Url(Database, user)), Clock);

    public void Execute(string sql) => Cluster.Execute(Database, sql);

    public object? Scalar(string sql) => Cluster.Scalar(Database, sql);

    public void Dispose() => Cluster.DropDatabase(Database);
}
