namespace ItbPlanner.App.Hosting;

/// <summary>Configuration keys (config.json keys; ITB_ environment variables map onto them).</summary>
internal static class SettingKeys
{
    /// <summary>Path of the protocol YAML file; absent means the bundled default.</summary>
    public const string Protocol = "Protocol";

    /// <summary>Path of the SQLite log database.</summary>
    public const string Database = "Database";

    /// <summary>The clinic's time zone (an IANA id such as Europe/Berlin); absent means the machine's.</summary>
    public const string TimeZone = "TimeZone";
}
