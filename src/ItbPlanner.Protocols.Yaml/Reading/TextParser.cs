using System.Diagnostics.CodeAnalysis;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>Parses a value's text; on failure says why in one line (without the key: the caller adds it).</summary>
internal delegate bool TextParser<T>(string text, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out string? error);
