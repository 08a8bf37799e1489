namespace ItbPlanner.App.Hosting;

/// <summary>Configuration keys (config.json keys; ITB_ environment variables map onto them).</summary>
internal static class SettingKeys
{
    /// <summary>Path of the protocol YAML file; absent means the bundled default.</summary>
    public const string Protocol = "Protocol";

    /// <summary>Path of the SQLite log database.</summary>
    public const string Database = "Database";

    /// <summary>The checkpoint private key file: the default of <c>itb log checkpoint --key</c>.</summary>
    public const string CheckpointKey = "CheckpointKey";

    /// <summary>The checkpoint public key file: the default of <c>itb log verify --public-key</c>.</summary>
    public const string CheckpointPublicKey = "CheckpointPublicKey";

    /// <summary>The checkpoint file: the default of <c>itb log checkpoint --out</c> and <c>itb log verify --checkpoint</c>.</summary>
    public const string CheckpointFile = "CheckpointFile";

    /// <summary>The clinic's time zone (an IANA id such as Europe/Berlin); absent means the machine's.</summary>
    public const string TimeZone = "TimeZone";

    /// <summary>Every key config.json may hold, in the order messages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Protocol, Database, TimeZone, CheckpointKey, CheckpointPublicKey, CheckpointFile];

    /// <summary>An example value per key, for messages.</summary>
    public static string Example(string key) => key switch
    {
        Protocol => "/path/to/clinic.yaml",
        Database => "/path/to/itb.db",
        CheckpointKey => "/media/keys/itb-checkpoint.key",
        CheckpointPublicKey => "/media/keys/itb-checkpoint.pub",
        CheckpointFile => "/media/keys/checkpoint.json",
        _ => "Europe/Berlin",
    };
}
