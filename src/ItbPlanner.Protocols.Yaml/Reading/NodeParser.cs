using System.Diagnostics.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace ItbPlanner.Protocols.Yaml.Reading;

/// <summary>Parses a value's node (a scalar, or a list such as clinic days), reporting errors to the context.</summary>
internal delegate bool NodeParser<T>(ReadContext context, YamlNode node, string path, [MaybeNullWhen(false)] out T value);
