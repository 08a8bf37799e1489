using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ItbPlanner.Testing;

/// <summary>
/// The PostgreSQL server the team-log tests run against, one per test process. With <c>ITB_TEST_PG</c> set (CI sets it:
/// <c>postgresql://postgres@/postgres?host=/tmp/itb-pg.XXXX</c>, a superuser on a throwaway cluster) that server is
/// used; otherwise a throwaway cluster is started in a temporary directory with Debian's <c>initdb</c> and
/// <c>pg_ctl</c> (on PATH or under /usr/lib/postgresql/*/bin), listening on a Unix socket only, run as <c>nobody</c>
/// when the tests run as root, and stopped and deleted by a watchdog once the test process has ended. When neither is possible the tests that
/// need it fail saying how to fix it: they never pass or skip silently. Each test class takes a database of its own.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<PostgresCluster> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock RolesLock = new();
    private readonly string host;
    private readonly int port;
    private readonly string superuser;

    private PostgresCluster(string host, int port, string superuser)
    {
        this.host = host;
        this.port = port;
        this.superuser = superuser;
    }

    /// <summary>The cluster of this test process, started on first use.</summary>
    /// <exception cref="InvalidOperationException">No server is configured and none can be started (says why).</exception>
    public static PostgresCluster Shared => Instance.Value;

    /// <summary>An Npgsql connection string for a database, as a role (the superuser by default).</summary>
    public string ConnectionString(string database, string? user = null) => new NpgsqlConnectionStringBuilder
    {
        Host = host,
        Port = port,
        Username = user ?? superuser,
        Database = database,
        Pooling = false,
    }.ConnectionString;

    /// <summary>The database's address as a user gives it to itb (<c>--db</c>): a <c>postgresql://</c> URL without password.</summary>
    public string Url(string database, string? user = null) => host.StartsWith('/')
        ? $"postgresql://{user ?? superuser}@/{database}?host={host}&port={port.ToString(CultureInfo.InvariantCulture)}"
        : $"postgresql://{user ?? superuser}@{host}:{port.ToString(CultureInfo.InvariantCulture)}/{database}";

    /// <summary>Creates an empty database with a fresh name; returns the name.</summary>
    public string CreateDatabase()
    {
        var name = "itb_" + Guid.NewGuid().ToString("N")[..12];
        Execute("postgres", $"CREATE DATABASE {name}");
        return name;
    }

    /// <summary>Drops a database, closing its connections.</summary>
    public void DropDatabase(string name) => Execute("postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    /// <summary>Creates a login role (no password: the test cluster trusts local logins) in a group role; returns its name.</summary>
    public string CreateLoginRole(string group)
    {
        var name = "u_" + Guid.NewGuid().ToString("N")[..10];
        Execute("postgres", $"CREATE ROLE {name} LOGIN IN ROLE {group}");
        return name;
    }

    /// <summary>Runs the roles' SQL in a database; retried once, since two test processes may create the cluster-wide roles at once.</summary>
    public void CreateRoles(string database, string sql)
    {
        lock (RolesLock)
        {
            try
            {
                Execute(database, sql);
            }
            catch (PostgresException e) when (e.SqlState is "23505" or "42710" or "XX000")
            {
                Execute(database, sql);
            }
        }
    }

    /// <summary>Runs SQL in a database as a role (the superuser by default).</summary>
    public void Execute(string database, string sql, string? user = null)
    {
        using var connection = new NpgsqlConnection(ConnectionString(database, user));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row of a query, as a role (the superuser by default).</summary>
    public object? Scalar(string database, string sql, string? user = null)
    {
        using var connection = new NpgsqlConnection(ConnectionString(database, user));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    private static PostgresCluster Start()
    {
        var configured = Environment.GetEnvironmentVariable("ITB_TEST_PG");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return FromUrl(configured);
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL tests need a server: install Debian's postgresql (initdb, pg_ctl) or set ITB_TEST_PG=postgresql://SUPERUSER@/postgres?host=SOCKETDIR.");
        return StartOwn(bin);
    }

    private static PostgresCluster FromUrl(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var query = rest.Contains('?', StringComparison.Ordinal) ? rest[(rest.IndexOf('?', StringComparison.Ordinal) + 1)..] : string.Empty;
        var authority = rest.Split('/', '?')[0];
        var user = authority.Contains('@', StringComparison.Ordinal) ? Uri.UnescapeDataString(authority[..authority.IndexOf('@', StringComparison.Ordinal)]) : "postgres";
        var hostPort = authority.Contains('@', StringComparison.Ordinal) ? authority[(authority.IndexOf('@', StringComparison.Ordinal) + 1)..] : authority;
        var settings = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty), StringComparer.Ordinal);
        var host = settings.GetValueOrDefault("host") ?? (hostPort.Length > 0 ? hostPort.Split(':')[0] : "/var/run/postgresql");
        var port = settings.TryGetValue("port", out var p) ? p : hostPort.Contains(':', StringComparison.Ordinal) ? hostPort.Split(':')[1] : "5432";
        return new PostgresCluster(host, int.Parse(port, CultureInfo.InvariantCulture), user);
    }

    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static PostgresCluster StartOwn(string bin)
    {
        var directory = Directory.CreateTempSubdirectory("itb-pg-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_111_111); // the server's user (nobody, under root) writes here
        }

        var data = Path.Combine(directory, "data");
        Run(bin, "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        Run(bin, "pg_ctl", "-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
            "-o", $"-k {directory} -c listen_addresses='' -c fsync=off -c full_page_writes=off", "start");
        Watch(bin, data, directory);
        return new PostgresCluster(directory, 5432, "postgres");
    }

    /// <summary>
    /// Starts a watchdog in a session of its own that stops the cluster and deletes its directory once this test process
    /// has ended, however it ends (the test host gives ProcessExit handlers no time to wait for pg_ctl).
    /// </summary>
    private static void Watch(string bin, string data, string directory)
    {
        var pgCtl = Path.Combine(bin, "pg_ctl");
        var stop = Environment.UserName == "root" ? $"runuser -u nobody -- '{pgCtl}'" : $"'{pgCtl}'";
        var script = $"exec </dev/null >/dev/null 2>&1; while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; "
            + $"{stop} -D '{data}' -m immediate -w stop; rm -rf '{directory}'";
        var start = new ProcessStartInfo("setsid", ["sh", "-c", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var watchdog = Process.Start(start) ?? throw new InvalidOperationException("The cluster's watchdog did not start.");
    }

    /// <summary>Runs a PostgreSQL program, as nobody when this process is root (initdb and postgres refuse root).</summary>
    private static void Run(string bin, string program, params string[] arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : Path.Combine(bin, program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (asRoot)
        {
            foreach (var word in new[] { "-u", "nobody", "--", Path.Combine(bin, program) })
            {
                start.ArgumentList.Add(word);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }
}
