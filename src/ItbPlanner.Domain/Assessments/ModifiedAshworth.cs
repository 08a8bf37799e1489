using System.Diagnostics.CodeAnalysis;

namespace ItbPlanner.Domain.Assessments;

/// <summary>
/// A Modified Ashworth Scale grade: one of the six ordinal categories 0, 1, 1+, 2, 3, 4 (Bohannon and Smith 1987).
/// <c>1+</c> is its own category (a catch, then minimal resistance through less than half of the range), never 1.5: the
/// grades are ordered but not numbers, so they are compared, never averaged. Written and parsed as <c>0</c>, <c>1</c>,
/// <c>1+</c>, <c>2</c>, <c>3</c>, <c>4</c> (the persisted form). <c>default</c> is grade 0. Immutable.
/// </summary>
public readonly struct ModifiedAshworth : IEquatable<ModifiedAshworth>, IComparable<ModifiedAshworth>, IParsable<ModifiedAshworth>
{
    private static readonly string[] Codes = ["0", "1", "1+", "2", "3", "4"];

    private static readonly string[] Meanings =
    [
        "no increase in muscle tone",
        "slight increase in tone: a catch and release, or minimal resistance at the end of the range",
        "slight increase in tone: a catch, then minimal resistance through less than half of the range",
        "more marked increase in tone through most of the range, but the part moves easily",
        "considerable increase in tone: passive movement is difficult",
        "the part is rigid in flexion or extension",
    ];

    private ModifiedAshworth(int rank) => Rank = rank;

    /// <summary>Grade 0.</summary>
    public static ModifiedAshworth Zero => new(0);

    /// <summary>Grade 1.</summary>
    public static ModifiedAshworth One => new(1);

    /// <summary>Grade 1+ (its own category).</summary>
    public static ModifiedAshworth OnePlus => new(2);

    /// <summary>Grade 2.</summary>
    public static ModifiedAshworth Two => new(3);

    /// <summary>Grade 3.</summary>
    public static ModifiedAshworth Three => new(4);

    /// <summary>Grade 4.</summary>
    public static ModifiedAshworth Four => new(5);

    /// <summary>The six grades in order.</summary>
    public static IReadOnlyList<ModifiedAshworth> All { get; } = [Zero, One, OnePlus, Two, Three, Four];

    /// <summary>The grade's position on the scale, 0 (grade 0) to 5 (grade 4): for ordering only, never a score.</summary>
    public int Rank { get; }

    /// <summary>The grade as written: <c>0</c>, <c>1</c>, <c>1+</c>, <c>2</c>, <c>3</c> or <c>4</c>.</summary>
    public string Code => Codes[Rank];

    /// <summary>What the grade means, in the scale's words.</summary>
    public string Meaning => Meanings[Rank];

    /// <summary>Parses <c>0</c>, <c>1</c>, <c>1+</c>, <c>2</c>, <c>3</c> or <c>4</c> (spaces ignored).</summary>
    /// <exception cref="FormatException">Any other text, including <c>1.5</c>.</exception>
    public static ModifiedAshworth Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        var text = s.Replace(" ", string.Empty, StringComparison.Ordinal);
        var rank = Array.IndexOf(Codes, text);
        if (rank >= 0)
        {
            return new ModifiedAshworth(rank);
        }

        var hint = text.Contains('.', StringComparison.Ordinal) ? " 1+ is its own category, not 1.5; grades are not numbers." : string.Empty;
        throw new FormatException($"'{s}' is not a Modified Ashworth grade: write 0, 1, 1+, 2, 3 or 4.{hint}");
    }

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ModifiedAshworth result)
    {
        result = default;
        if (s is null)
        {
            return false;
        }

        try
        {
            result = Parse(s, provider);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public bool Equals(ModifiedAshworth other) => Rank == other.Rank;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ModifiedAshworth other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Rank;

    /// <summary>Orders by grade: 0 &lt; 1 &lt; 1+ &lt; 2 &lt; 3 &lt; 4.</summary>
    public int CompareTo(ModifiedAshworth other) => Rank.CompareTo(other.Rank);

    /// <summary>The grade as written, e.g. <c>1+</c>.</summary>
    public override string ToString() => Code;

#pragma warning disable CS1591 // Comparison operators follow CompareTo.
    public static bool operator ==(ModifiedAshworth left, ModifiedAshworth right) => left.Equals(right);

    public static bool operator !=(ModifiedAshworth left, ModifiedAshworth right) => !left.Equals(right);

    public static bool operator <(ModifiedAshworth left, ModifiedAshworth right) => left.Rank < right.Rank;

    public static bool operator >(ModifiedAshworth left, ModifiedAshworth right) => left.Rank > right.Rank;

    public static bool operator <=(ModifiedAshworth left, ModifiedAshworth right) => left.Rank <= right.Rank;

    public static bool operator >=(ModifiedAshworth left, ModifiedAshworth right) => left.Rank >= right.Rank;
#pragma warning restore CS1591
}
