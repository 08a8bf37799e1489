namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>The storage contract on an SQLite file.</summary>
public sealed class SqliteLogStoreContract : LogStoreContract
{
    protected override IStoreUnderTest CreateStore() => new SqliteStore();
}
