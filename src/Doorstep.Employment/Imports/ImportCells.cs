using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Ui;
using Doorstep.Platform.Validation;

namespace Doorstep.Employment.Imports;

/// <summary>
/// Reads the cells of the employment imports the ways people fill them in: numbers, dates, yes or
/// no, and terms by their Chinese names (全职, 大专) or their JSON names (full-time, college). A cell
/// that cannot be read is an error on the field the service would have named, so the report points
/// at the same column whichever refused it.
/// </summary>
internal sealed class ImportCells(FieldErrors errors)
{
    public int? Int(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        if (CellText.TryInt(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"“{text}”不是整数");
        return null;
    }

    public double? Double(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        if (CellText.TryDecimal(text, out var value))
        {
            return (double)value;
        }

        errors.Add(field, $"“{text}”不是数字");
        return null;
    }

    public DateOnly? Date(string? text, string field)
    {
        if (text is null)
        {
            return null;
        }

        if (CellText.TryDate(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"“{text}”不是日期，应如 2024-02-03 或 2024年2月3日");
        return null;
    }

    public bool? YesNo(string? text, string field)
    {
        switch (text)
        {
            case null:
                return null;
            case "是" or "有" or "同意" or "yes" or "true" or "1":
                return true;
            case "否" or "无" or "不同意" or "no" or "false" or "0":
                return false;
            default:
                errors.Add(field, $"“{text}”应填“是”或“否”");
                return null;
        }
    }

    /// <summary>A term by its JSON name, its Chinese name, or a word of it (大专 for 大专及以上).</summary>
    public T? Term<T>(string? text, Func<T, Text> name, string field)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (VacancyTerms.TryParse<T>(text, out var value))
        {
            return value;
        }

        var values = Enum.GetValues<T>();
        var matches = values.Where(v => name(v).Zh == text).Concat(values.Where(v => name(v).Zh.Contains(text, StringComparison.Ordinal))).Distinct().ToList();
        if (matches.Count > 0)
        {
            return matches[0];
        }

        errors.Add(field, $"“{text}”应为 {string.Join("、", values.Select(v => name(v).Zh))} 之一");
        return null;
    }

    /// <summary>Several terms in one cell, separated by 、 or commas.</summary>
    public List<T> Terms<T>(string? text, Func<T, Text> name, string field)
        where T : struct, Enum =>
        CellText.List(text).Select(t => Term(t, name, field)).OfType<T>().Distinct().ToList();
}
