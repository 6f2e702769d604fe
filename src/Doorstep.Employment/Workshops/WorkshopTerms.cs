using Doorstep.Employment.Vacancies;
using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Workshops;

/// <summary>The names of a workshop's terms in both languages, shared by pages, the export and the import.</summary>
public static class WorkshopTerms
{
    public static Text Type(WorkshopType type) => type switch
    {
        WorkshopType.Factory => new("厂房式", "Factory"),
        WorkshopType.HomeBased => new("居家式", "Home-based"),
        _ => new("基地式", "Base"),
    };

    public static Text Designation(WorkshopDesignation designation) => designation switch
    {
        WorkshopDesignation.Recognised => new("就业帮扶车间认定", "Recognised workshop"),
        WorkshopDesignation.Model => new("示范性就业帮扶车间", "Model workshop"),
        _ => new("共富工坊", "Common-prosperity workshop"),
    };

    public static Text Period(IncomePeriod period) => period == IncomePeriod.Month ? new("月", "month") : new("年", "year");

    /// <summary>The JSON name: factory, home-based, recognised, common-prosperity.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => VacancyTerms.Name(value);
}
