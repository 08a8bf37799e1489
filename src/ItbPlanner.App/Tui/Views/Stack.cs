using Spectre.Console;
using Spectre.Console.Rendering;

namespace ItbPlanner.App.Tui.Views;

/// <summary>Stacks renderables top to bottom, leaving out the parts that have nothing to show (no blank line for them).</summary>
internal static class Stack
{
    /// <summary>What a view returns when it has nothing to show.</summary>
    public static IRenderable Nothing { get; } = new Rows();

    /// <summary>The parts that show something, one under the other.</summary>
    public static IRenderable Of(params IRenderable[] parts) => new Rows(Shown(parts));

    /// <summary>The parts that show something.</summary>
    public static IEnumerable<IRenderable> Shown(IEnumerable<IRenderable> parts) => parts.Where(p => !ReferenceEquals(p, Nothing));
}
