using System.Collections;
using ItbPlanner.Domain.Log;

namespace ItbPlanner.Application.Recording;

/// <summary>
/// A patient's events read from the log only when first asked for: an entry built from the record read through the
/// course snapshot often never needs them (issue 13). <see cref="Newest"/> is the newest moment logged, known without them.
/// </summary>
internal sealed class LazyHistory(Func<IReadOnlyList<LogEvent>> read, DateTimeOffset? newest) : IReadOnlyList<LogEvent>
{
    private IReadOnlyList<LogEvent>? events;

    /// <summary>Whether the events have been read.</summary>
    public bool IsLoaded => events is not null;

    /// <summary>The newest moment of the patient's logged events, when known without reading them.</summary>
    public DateTimeOffset? Newest => newest;

    /// <inheritdoc/>
    public int Count => Loaded().Count;

    /// <inheritdoc/>
    public LogEvent this[int index] => Loaded()[index];

    /// <summary>The events, read now if they were not yet.</summary>
    public IReadOnlyList<LogEvent> Loaded() => events ??= read();

    /// <inheritdoc/>
    public IEnumerator<LogEvent> GetEnumerator() => Loaded().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
