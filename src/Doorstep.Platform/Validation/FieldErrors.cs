using System.Globalization;

namespace Doorstep.Platform.Validation;

/// <summary>
/// Problems with named input fields, in the shape RFC 7807 validation problems and forms both use.
/// Field names are the API's camelCase names.
/// </summary>
public sealed class FieldErrors
{
    // Most input is valid, and an import checks rows by the million: the map waits for a problem.
    private Dictionary<string, List<string>>? errors;

    public bool IsEmpty => errors is null;

    public void Add(string field, string message)
    {
        errors ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>
    /// A number typed into a form field, such as a longitude: empty means none, and text that is
    /// not a number is filed under the field with <paramref name="message"/>.
    /// </summary>
    public double? OptionalNumber(string? text, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Add(field, message);
        return null;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors?.ToDictionary(e => e.Key, e => e.Value.ToArray()) ?? new Dictionary<string, string[]>();

    public string? For(string field) => errors is not null && errors.TryGetValue(field, out var list) ? string.Join("；", list) : null;

    public override string ToString() => errors is null ? string.Empty : string.Join("；", errors.Select(e => $"{e.Key}: {string.Join("，", e.Value)}"));
}

/// <summary>The outcome of a command: the value, or the field errors that stopped it.</summary>
public sealed record Outcome<T>(T? Value, FieldErrors Errors)
{
    public bool Succeeded => Errors.IsEmpty;

    public static Outcome<T> Ok(T value) => new(value, new FieldErrors());

    public static Outcome<T> Fail(FieldErrors errors) => new(default, errors);
}
