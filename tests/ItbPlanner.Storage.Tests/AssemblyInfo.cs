using System.Runtime.Versioning;

// The reliability tests use Unix file modes, chattr, SIGKILL and the sqlite3 shell.
[assembly: SupportedOSPlatform("linux")]
