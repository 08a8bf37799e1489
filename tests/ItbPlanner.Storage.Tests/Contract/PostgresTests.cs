namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>The PostgreSQL tests share one cluster and run one class at a time (the concurrency tests start their own processes).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresTests
{
    public const string Name = "PostgreSQL";
}
