using System.Globalization;
using ItbPlanner.Domain.Protocols;
using ItbPlanner.Domain.Time;
using Terminal.Gui.App;

namespace ItbPlanner.App.Tui;

/// <summary>What every window, wizard and dialog of the bedside app works with: the running application, the use cases, the clinic's clock and the user.</summary>
/// <param name="app">The running Terminal.Gui application (a headless one in tests).</param>
/// <param name="useCases">The application's use cases the screens call.</param>
/// <param name="time">The clinic's clock.</param>
/// <param name="user">Who is using the app; recorded as the author of logged events.</param>
internal sealed class BedsideSession(IApplication app, TuiUseCases useCases, TimeProvider time, string user)
{
    /// <summary>The form local moments are shown and typed in.</summary>
    public const string MomentFormat = "yyyy-MM-dd HH:mm";

    /// <summary>The running application: modal dialogs run on it.</summary>
    public IApplication App { get; } = app;

    /// <summary>The use cases.</summary>
    public TuiUseCases UseCases { get; } = useCases;

    /// <summary>The protocol in force.</summary>
    public Protocol Protocol => UseCases.Protocol;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Who is using the app; recorded as the author of logged events.</summary>
    public string User { get; } = user;

    /// <summary>Now, as a moment.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Today in the clinic's time zone.</summary>
    public DateOnly Today => LocalDate(Now);

    /// <summary>A moment in the clinic's time zone, to the minute.</summary>
    public string Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Time.LocalTimeZone).ToString(MomentFormat, CultureInfo.InvariantCulture);

    /// <summary>The local date of a moment.</summary>
    public DateOnly LocalDate(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Time.LocalTimeZone).DateTime);

    /// <summary>The moment a typed local date and time stands for, read in the clinic's time zone.</summary>
    /// <exception cref="Domain.Errors.InvalidInputException">The clocks skipped it, or it happened twice and no offset says which.</exception>
    public DateTimeOffset FromLocal(LocalMoment local) => local.InZone(Time.LocalTimeZone);
}
