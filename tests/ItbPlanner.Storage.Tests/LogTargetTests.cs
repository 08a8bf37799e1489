using ItbPlanner.Storage.Postgres;

namespace ItbPlanner.Storage.Tests;

public class LogTargetTests
{
    [Theory]
    [InlineData("postgresql://anna:hunter2@db.clinic.local/itb")]
    [InlineData("postgres://anna:hunter2@db.clinic.local:5432/itb?sslmode=require")]
    [InlineData("host=db.clinic.local dbname=itb user=anna password=hunter2")]
    [InlineData("postgresql://anna@db.clinic.local/itb?password=hunter2")]
    public void A_password_in_the_address_is_refused_without_being_repeated(string address)
    {
        var error = Assert.Throws<StorageException>(() => LogTarget.Parse(address));

        Assert.Contains("PGPASSWORD or ~/.pgpass", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.DatabasePath, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_selects_the_server_with_its_user_port_database_and_sslmode()
    {
        var target = LogTarget.Parse("postgresql://anna@db.clinic.local:6543/itb?sslmode=verify-full");

        Assert.True(target.IsServer);
        Assert.Equal("postgresql://anna@db.clinic.local:6543/itb", target.Location);
        Assert.Contains("Host=db.clinic.local", target.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Port=6543", target.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Database=itb", target.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("Username=anna", target.ConnectionString, StringComparison.Ordinal);
        Assert.Contains("SSL Mode=VerifyFull", target.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://itb@/clinic?host=/run/postgresql")]
    [InlineData("postgresql://itb@%2Frun%2Fpostgresql/clinic")]
    [InlineData("host=/run/postgresql dbname=clinic user=itb")]
    [InlineData("host='/run/postgresql' dbname=clinic user=itb")]
    public void A_unix_socket_directory_is_read_in_every_spelling(string address)
    {
        var target = LogTarget.Parse(address);

        Assert.Equal("postgresql://itb@/clinic?host=/run/postgresql", target.Location);
        Assert.Contains("Host=/run/postgresql", target.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://anna@db/itb?sslmode=sometimes", "sslmode")]
    [InlineData("postgresql://anna@db/itb?options=-c%20x", "options")]
    [InlineData("postgresql://anna@db:99999/itb", "port")]
    public void A_setting_itb_cannot_honour_is_refused_in_one_line(string address, string named)
    {
        var error = Assert.Throws<StorageException>(() => LogTarget.Parse(address));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("itb.db")]
    [InlineData("/srv/clinic/itb.db")]
    [InlineData("logs/host=old.db")]
    public void Anything_else_is_an_sqlite_file(string path)
    {
        var target = LogTarget.Parse(path);

        Assert.False(target.IsServer);
        Assert.Equal(Path.GetFullPath(path), target.Location);
        Assert.Null(target.ConnectionString);
    }

    [Fact]
    public void Both_stores_know_the_same_schema_versions()
    {
        Assert.Equal(LogDatabase.LatestSchemaVersion, PostgresMigrator.LatestVersion);
    }
}
