namespace ItbPlanner.App.Output;

/// <summary>How output spells enum values: kebab case (<c>SimpleContinuous</c> → <c>simple-continuous</c>).</summary>
internal static class Spelling
{
    /// <summary>The kebab-case spelling of an enum value.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                chars.Add('-');
            }

            chars.Add(char.ToLowerInvariant(name[i]));
        }

        return new string([.. chars]);
    }
}
