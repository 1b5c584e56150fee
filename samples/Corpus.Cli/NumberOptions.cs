using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Corpus.Cli;

/// <summary>
/// Numeric options whose bad values are usage errors (exit 2, one line): a parser that turns text
/// into a number in range or records an error, instead of letting a conversion throw later.
/// </summary>
internal static class NumberOptions
{
    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, with a default.</summary>
    public static Option<T> Create<T>(string name, string description, T min, T max, Func<T> defaultValue, string? alias = null)
        where T : struct, INumber<T>
    {
        var option = alias is null ? new Option<T>(name) : new Option<T>(name, alias);
        option.Description = description;
        option.DefaultValueFactory = _ => defaultValue();
        option.CustomParser = r => Parse(r, name, min, max) ?? default;
        return option;
    }

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, absent by default.</summary>
    public static Option<T?> Optional<T>(string name, string description, T min, T max)
        where T : struct, INumber<T> => new(name)
        {
            Description = description,
            CustomParser = r => Parse(r, name, min, max),
        };

    /// <summary>One or more numbers, each in range.</summary>
    public static Option<T[]> Many<T>(string name, string description, T min, T max)
        where T : struct, INumber<T> => new(name)
        {
            Description = description,
            AllowMultipleArgumentsPerToken = true,
            CustomParser = r =>
            {
                var values = new List<T>(r.Tokens.Count);
                foreach (var token in r.Tokens)
                {
                    if (Convert(r, name, token.Value, min, max) is { } v) values.Add(v);
                }

                return [.. values];
            },
        };

    private static T? Parse<T>(ArgumentResult r, string name, T min, T max)
        where T : struct, INumber<T> => r.Tokens.Count == 0 ? null : Convert(r, name, r.Tokens[^1].Value, min, max);

    private static T? Convert<T>(ArgumentResult r, string name, string text, T min, T max)
        where T : struct, INumber<T>
    {
        bool whole = typeof(T) == typeof(int) || typeof(T) == typeof(long);
        var style = whole ? NumberStyles.Integer : NumberStyles.Float;
        if (!T.TryParse(text, style, CultureInfo.InvariantCulture, out var value) || (!whole && !double.IsFinite(double.CreateChecked(value))))
        {
            r.AddError($"{name} takes {(whole ? "a whole number" : "a number")} from {min.ToString(null, CultureInfo.InvariantCulture)} to {max.ToString(null, CultureInfo.InvariantCulture)}; '{SafeErrorWriter.Printable(text)}' is not one.");
            return null;
        }

        if (value < min || value > max)
        {
            r.AddError($"{name} must be from {min.ToString(null, CultureInfo.InvariantCulture)} to {max.ToString(null, CultureInfo.InvariantCulture)}; got {value.ToString(null, CultureInfo.InvariantCulture)}.");
            return null;
        }

        return value;
    }
}
