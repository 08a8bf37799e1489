using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace ItbPlanner.Storage.Postgres;

/// <summary>
/// Reads a PostgreSQL address in libpq's two spellings: the URL <c>postgresql://user@host:port/dbname?sslmode=require</c>
/// (a Unix socket directory as <c>?host=/run/postgresql</c> or percent-encoded in place of the host) and the key/value
/// string <c>host=db.clinic.local port=5432 dbname=itb user=anna sslmode=verify-full</c>. Only the settings a clinic
/// needs are taken (host, port, dbname, user, sslmode, sslrootcert, sslcert, sslkey, connect_timeout,
/// application_name); a password is refused, never echoed: it belongs in <c>PGPASSWORD</c> or <c>~/.pgpass</c>, where
/// Npgsql finds it, not on a command line others can see in the process list.
/// </summary>
internal sealed partial record PostgresAddress(string ConnectionString, string Display)
{
    private const string PasswordRefused =
        "the log's address gives a password: itb takes the PostgreSQL password only from PGPASSWORD or ~/.pgpass, never from --db, ITB_DB or config.json; remove it from the address.";

    private static readonly string[] Keys = ["host", "hostaddr", "port", "dbname", "user", "sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name"];

    /// <summary>Whether the text is a server address: a <c>postgresql://</c> or <c>postgres://</c> URL, or starts with a libpq key.</summary>
    public static bool IsAddress(string value) =>
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || KeyValueStart().IsMatch(value);

    /// <summary>Reads the address.</summary>
    /// <exception cref="StorageException">It holds a password or an unknown setting, or cannot be read (one line, no secret).</exception>
    public static PostgresAddress Parse(string value)
    {
        var settings = value.Contains("://", StringComparison.Ordinal) ? FromUrl(value) : FromKeyValues(value);
        return Build(settings);
    }

    private static Dictionary<string, string> FromUrl(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        var query = question >= 0 ? rest[(question + 1)..] : string.Empty;
        rest = question >= 0 ? rest[..question] : rest;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        if (slash >= 0 && rest.Length > slash + 1)
        {
            settings["dbname"] = Decode(rest[(slash + 1)..]);
        }

        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority[..at];
            if (userInfo.Contains(':', StringComparison.Ordinal))
            {
                throw Refused(PasswordRefused);
            }

            if (userInfo.Length > 0)
            {
                settings["user"] = Decode(userInfo);
            }

            authority = authority[(at + 1)..];
        }

        var (host, port) = SplitHostPort(authority);
        if (host.Length > 0)
        {
            settings["host"] = Decode(host);
        }

        if (port.Length > 0)
        {
            settings["port"] = port;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals >= 0 ? pair[..equals] : pair);
            Add(settings, key, Decode(equals >= 0 ? pair[(equals + 1)..] : string.Empty));
        }

        return settings;
    }

    private static (string Host, string Port) SplitHostPort(string authority)
    {
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw Refused("the log's PostgreSQL URL has an unclosed '[' in its host.");
            }

            var after = authority[(close + 1)..];
            return (authority[1..close], after.StartsWith(':') ? after[1..] : string.Empty);
        }

        var colon = authority.LastIndexOf(':');
        return colon >= 0 ? (authority[..colon], authority[(colon + 1)..]) : (authority, string.Empty);
    }

    private static Dictionary<string, string> FromKeyValues(string text)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            var equals = text.IndexOf('=', i);
            if (equals < 0)
            {
                throw Refused($"the log's PostgreSQL connection string has '{First(text[i..])}' without '=': write key=value pairs separated by spaces.");
            }

            var key = text[i..equals].Trim();
            i = equals + 1;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            var value = new StringBuilder();
            if (i < text.Length && text[i] == '\'')
            {
                i++;
                while (i < text.Length && text[i] != '\'')
                {
                    if (text[i] == '\\' && i + 1 < text.Length)
                    {
                        i++;
                    }

                    value.Append(text[i++]);
                }

                i++;
            }
            else
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    value.Append(text[i++]);
                }
            }

            Add(settings, key.ToLowerInvariant(), value.ToString());
        }

        return settings;
    }

    private static void Add(Dictionary<string, string> settings, string key, string value)
    {
        if (key is "password" or "passfile")
        {
            throw Refused(PasswordRefused);
        }

        if (!Keys.Contains(key, StringComparer.Ordinal))
        {
            throw Refused($"the log's PostgreSQL address has the setting '{First(key)}', which itb does not take; it takes {string.Join(", ", Keys)}.");
        }

        settings[key] = value;
    }

    private static PostgresAddress Build(Dictionary<string, string> settings)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            ApplicationName = settings.GetValueOrDefault("application_name", "itb"),
            Pooling = false,
            IncludeErrorDetail = false,
        };
        try
        {
            if (settings.TryGetValue("host", out var host) || settings.TryGetValue("hostaddr", out host))
            {
                builder.Host = host;
            }

            if (settings.TryGetValue("port", out var port))
            {
                builder.Port = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536
                    ? number
                    : throw Refused($"the log's PostgreSQL port '{First(port)}' is not a port number (1-65535).");
            }

            if (settings.TryGetValue("dbname", out var database))
            {
                builder.Database = database;
            }

            if (settings.TryGetValue("user", out var user))
            {
                builder.Username = user;
            }

            if (settings.TryGetValue("sslmode", out var sslMode))
            {
                builder.SslMode = SslMode(sslMode);
            }

            if (settings.TryGetValue("sslrootcert", out var rootCertificate))
            {
                builder.RootCertificate = rootCertificate;
            }

            if (settings.TryGetValue("sslcert", out var certificate))
            {
                builder.SslCertificate = certificate;
            }

            if (settings.TryGetValue("sslkey", out var key))
            {
                builder.SslKey = key;
            }

            if (settings.TryGetValue("connect_timeout", out var timeout))
            {
                builder.Timeout = int.TryParse(timeout, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 1024
                    ? seconds
                    : throw Refused($"the log's PostgreSQL connect_timeout '{First(timeout)}' is not a number of seconds.");
            }
        }
        catch (ArgumentException e)
        {
            throw Refused($"the log's PostgreSQL address cannot be used: {e.Message}");
        }

        return new PostgresAddress(builder.ConnectionString, Describe(settings));
    }

    private static SslMode SslMode(string value) => value switch
    {
        "disable" => Npgsql.SslMode.Disable,
        "allow" => Npgsql.SslMode.Allow,
        "prefer" => Npgsql.SslMode.Prefer,
        "require" => Npgsql.SslMode.Require,
        "verify-ca" => Npgsql.SslMode.VerifyCA,
        "verify-full" => Npgsql.SslMode.VerifyFull,
        _ => throw Refused($"the log's PostgreSQL sslmode '{First(value)}' is not one of disable, allow, prefer, require, verify-ca, verify-full."),
    };

    /// <summary>The address as a URL without secrets: <c>postgresql://user@host:port/dbname</c>, or <c>postgresql://user@/dbname?host=DIR&amp;port=N</c> for a socket.</summary>
    private static string Describe(Dictionary<string, string> settings)
    {
        var host = settings.GetValueOrDefault("host") ?? settings.GetValueOrDefault("hostaddr") ?? string.Empty;
        var socket = host.StartsWith('/');
        var text = new StringBuilder("postgresql://");
        if (settings.TryGetValue("user", out var user))
        {
            text.Append(Uri.EscapeDataString(user)).Append('@');
        }

        var port = settings.GetValueOrDefault("port");
        if (!socket)
        {
            text.Append(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host);
            text.Append(port is null ? string.Empty : ":" + port);
        }

        text.Append('/').Append(Uri.EscapeDataString(settings.GetValueOrDefault("dbname", string.Empty)));
        if (socket)
        {
            text.Append("?host=").Append(host).Append(port is null ? string.Empty : "&port=" + port);
        }

        return text.ToString();
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            throw Refused("the log's PostgreSQL URL has a broken %-escape.");
        }
    }

    /// <summary>At most 40 characters of what the user wrote, for a message (never a value that might be a secret).</summary>
    private static string First(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static StorageException Refused(string message) => new("PostgreSQL", message);

    [GeneratedRegex(@"^\s*(host|hostaddr|port|dbname|user|password|sslmode|sslrootcert|sslcert|sslkey|connect_timeout|application_name|passfile)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyValueStart();
}
