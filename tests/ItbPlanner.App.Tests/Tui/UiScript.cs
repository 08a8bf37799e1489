using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace ItbPlanner.App.Tests.Tui;

/// <summary>
/// What a user does, one step per main-loop iteration: keys, typed text, checks of the screen. Every step's screen is
/// kept. When the steps run out the app must quit within a few iterations (Ctrl+Q is the script's last key when it
/// ends on the main window); a run that does not is stopped with the screen in the failure.
/// </summary>
internal sealed class UiScript
{
    private readonly Queue<Action<IApplication>> steps = new();
    private readonly List<string> screens = [];
    private int idle;

    /// <summary>The screen after each step.</summary>
    public IReadOnlyList<string> Screens => screens;

    /// <summary>Presses keys.</summary>
    public UiScript Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            steps.Enqueue(app => app.InjectKey(key));
        }

        return this;
    }

    /// <summary>Types text into the focused field, a key per character.</summary>
    public UiScript Type(string text)
    {
        foreach (var c in text)
        {
            steps.Enqueue(app => app.InjectKey(new Key(c)));
        }

        return this;
    }

    /// <summary>Selects all of the focused field and types over it.</summary>
    public UiScript Replace(string text) => Press(Key.A.WithCtrl, Key.Delete).Type(text);

    /// <summary>Tabs to the next field.</summary>
    public UiScript Tab(int times = 1) => Press([.. Enumerable.Repeat(Key.Tab, times)]);

    /// <summary>Checks the screen now.</summary>
    public UiScript Check(Action<string> check)
    {
        steps.Enqueue(app => check(app.Driver!.ToString()!));
        return this;
    }

    /// <summary>Checks the screen shows a text.</summary>
    public UiScript Sees(string text) => Check(screen => Assert.True(screen.Contains(text, StringComparison.Ordinal), $"expected to see '{text}' on:\n{screen}"));

    /// <summary>Quits from the main window.</summary>
    public UiScript Quit() => Press(Key.Q.WithCtrl);

    /// <summary>Plays the script on an application.</summary>
    public void Attach(IApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Iteration += (_, _) =>
        {
            if (steps.Count > 0)
            {
                steps.Dequeue()(app);
                app.LayoutAndDraw(true);
                screens.Add(app.Driver!.ToString()!);
                return;
            }

            if (++idle > 20)
            {
                throw new InvalidOperationException($"the script ended but the app is still running; screen:\n{app.Driver!.ToString()}");
            }
        };
    }
}
