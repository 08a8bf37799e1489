using System.Data.Common;

namespace ItbPlanner.Storage.Internal;

/// <summary>The few ADO.NET calls the stores make, written once for SQLite and PostgreSQL alike (<c>@name</c> parameters).</summary>
internal static class Sql
{
    /// <summary>Adds a parameter (<c>@name</c>); null is sent as SQL NULL.</summary>
    public static void AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The first column of the first row, or null.</summary>
    public static object? Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
