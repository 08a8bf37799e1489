using ItbPlanner.Testing;

namespace ItbPlanner.Storage.Tests.Contract;

/// <summary>One store the contract suite runs against: a fresh, empty log with its schema, and raw access as its owner.</summary>
public interface IStoreUnderTest : IDisposable
{
    /// <summary>The log as <c>--db</c> takes it (a path or a PostgreSQL URL).</summary>
    string Address { get; }

    /// <summary>The fake clock the log is opened with (2026-11-21).</summary>
    FakeTimeProvider Clock { get; }

    /// <summary>Opens the log.</summary>
    LogDatabase Open();

    /// <summary>Runs SQL with none of itb's protections, as the tables' owner (a person with a database shell).</summary>
    void Execute(string sql);

    /// <summary>The first column of the first row of a raw query.</summary>
    object? Scalar(string sql);
}
