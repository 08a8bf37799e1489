using System.Globalization;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Time;
using Spectre.Console;

namespace ItbPlanner.App.Tui.Navigation;

/// <summary>What every screen works with: the console, the use cases, the clock and the user.</summary>
/// <param name="console">The console (a scripted one in tests).</param>
/// <param name="useCases">The application's use cases the screens call.</param>
/// <param name="time">The clinic's clock.</param>
/// <param name="user">Who is using the UI; recorded as the author of logged events.</param>
internal sealed class TuiSession(IAnsiConsole console, TuiUseCases useCases, TimeProvider time, string user)
{
    private string? notice;

    /// <summary>The form local moments are shown and typed in.</summary>
    public const string MomentFormat = "yyyy-MM-dd HH:mm";

    /// <summary>The console (injected; a scripted one in tests).</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>The use cases.</summary>
    public TuiUseCases UseCases { get; } = useCases;

    /// <summary>The protocol in force.</summary>
    public Protocol Protocol => UseCases.Protocol;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Who is using the UI; recorded as the author of logged events.</summary>
    public string User { get; } = user;

    /// <summary>Now, as a moment.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Today in local time.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    /// <summary>A moment in local time, to the minute.</summary>
    public string Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Time.LocalTimeZone).ToString(MomentFormat, CultureInfo.InvariantCulture);

    /// <summary>The local date of a moment.</summary>
    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Time.LocalTimeZone).DateTime);

    /// <summary>The moment a typed local date and time stands for, read in the clinic's time zone.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The clocks skipped it, or it happened twice and no offset says which.</exception>
    public DateTimeOffset FromLocal(LocalMoment local) => local.InZone(Time.LocalTimeZone);

    /// <summary>Leaves a one-line notice (e.g. what was just logged) for the next screen drawn.</summary>
    public void Notify(string text) => notice = notice is null ? text : $"{notice} {text}";

    /// <summary>The notice left for this screen, once.</summary>
    public string? TakeNotice()
    {
        var taken = notice;
        notice = null;
        return taken;
    }
}
