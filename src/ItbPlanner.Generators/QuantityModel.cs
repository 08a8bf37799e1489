namespace ItbPlanner.Generators;

/// <summary>What the template needs to know about one quantity (a record, so the incremental pipeline can compare it).</summary>
/// <param name="Namespace">The struct's namespace.</param>
/// <param name="Name">The struct's name, e.g. <c>MassFlow</c>.</param>
/// <param name="Unit">Its unit enum's name, e.g. <c>MassFlowUnit</c>.</param>
/// <param name="Dimension">The <c>Dimension</c> member, e.g. <c>MassFlow</c>.</param>
/// <param name="BaseUnit">The unit enum's member that <c>default</c> is in, e.g. <c>MicrogramPerDay</c>.</param>
internal sealed record QuantityModel(string Namespace, string Name, string Unit, string Dimension, string BaseUnit);
