namespace ItbPlanner.App.Tui.Navigation;

/// <summary>A stack of screens: Open pushes, Replace swaps the top, Back pops, Cancel returns to the first screen, Quit ends.</summary>
internal sealed class Navigator(Screen home)
{
    private readonly Stack<Screen> stack = new([home]);

    /// <summary>Runs screens until the user quits.</summary>
    public void Run(TuiSession session)
    {
        while (stack.Count > 0)
        {
            var next = stack.Peek().Run(session);
            switch (next)
            {
                case Navigation.Open open:
                    stack.Push(open.Screen);
                    break;
                case Navigation.Replace replace:
                    stack.Pop();
                    stack.Push(replace.Screen);
                    break;
                case Navigation.Back:
                    if (stack.Count > 1)
                    {
                        stack.Pop();
                    }

                    break;
                case Navigation.Cancel:
                    while (stack.Count > 1)
                    {
                        stack.Pop();
                    }

                    break;
                case Navigation.Quit:
                    stack.Clear();
                    break;
            }
        }
    }
}
