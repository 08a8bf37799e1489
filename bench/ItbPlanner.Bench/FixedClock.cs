namespace ItbPlanner.Bench;

/// <summary>A clock that always says the same moment: the generated histories are recorded "now", after all of them happened.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
