namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>The storage contract on a PostgreSQL database.</summary>
[Collection(PostgresTests.Name)]
public sealed class PostgresLogStoreContract : LogStoreContract
{
    protected override IStoreUnderTest CreateStore() => new PostgresStore();
}
