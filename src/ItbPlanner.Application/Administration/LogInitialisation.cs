namespace ItbPlanner.Application.Administration;

/// <summary>What <c>itb db init</c> did.</summary>
/// <param name="Location">The log: a file's path or a server's address (no secret).</param>
/// <param name="IsServer">Whether it is on a PostgreSQL server.</param>
/// <param name="SchemaBefore">The schema version found (0: none).</param>
/// <param name="SchemaAfter">The schema version now in force.</param>
/// <param name="Notes">What else the user should know (the roles created, or why not); one line each.</param>
public sealed record LogInitialisation(string Location, bool IsServer, int SchemaBefore, int SchemaAfter, IReadOnlyList<string> Notes);
