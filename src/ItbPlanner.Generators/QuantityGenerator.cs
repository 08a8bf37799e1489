using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ItbPlanner.Generators;

/// <summary>
/// Writes the shared members of every <c>readonly partial struct</c> marked <c>[Quantity&lt;TUnit&gt;(dimension, baseUnit)]</c>:
/// construction, conversion, formatting, equality, ordering, same-dimension arithmetic and the named twins. The struct
/// itself declares only what is its own (named factories and properties); cross-dimension operators stay hand-written
/// in <c>&lt;Type&gt;.Operators.cs</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class QuantityGenerator : IIncrementalGenerator
{
    private const string AttributeName = "ItbPlanner.Domain.Quantities.QuantityAttribute`1";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var quantities = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is StructDeclarationSyntax,
            static (attributed, _) => Describe(attributed));

        context.RegisterSourceOutput(quantities, static (output, quantity) =>
        {
            if (quantity is not null)
            {
                output.AddSource($"{quantity.Name}.Quantity.g.cs", QuantityTemplate.Render(quantity));
            }
        });
    }

    private static QuantityModel? Describe(GeneratorAttributeSyntaxContext attributed)
    {
        if (attributed.TargetSymbol is not INamedTypeSymbol type || attributed.Attributes.Length != 1)
        {
            return null;
        }

        var attribute = attributed.Attributes[0];
        ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
        if (attribute.AttributeClass is not { TypeArguments.Length: 1 } attributeClass || arguments.Length != 2)
        {
            return null;
        }

        var unit = attributeClass.TypeArguments[0];
        var dimension = MemberName(arguments[0]);
        var baseUnit = MemberName(arguments[1]);
        if (dimension is null || baseUnit is null)
        {
            return null;
        }

        return new QuantityModel(type.ContainingNamespace.ToDisplayString(), type.Name, unit.Name, dimension, baseUnit);
    }

    /// <summary>The name of the enum member an attribute argument holds (null if it is not a declared member).</summary>
    private static string? MemberName(TypedConstant argument) =>
        argument.Type?.GetMembers()
            .OfType<IFieldSymbol>()
            .FirstOrDefault(field => field.HasConstantValue && Equals(field.ConstantValue, argument.Value))?.Name;
}
