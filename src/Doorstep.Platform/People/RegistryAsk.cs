namespace Doorstep.Platform.People;

/// <summary>
/// How a form asks for a registry person (居民档案中的人) by id or by ID number: the fields its
/// refusals go on and their words. The defaults are the registry's own words; a form changes what
/// it says differently.
/// </summary>
public sealed record RegistryAsk
{
    public static readonly RegistryAsk Default = new();

    /// <summary>The field of a person chosen by id (personId, person, holder …).</summary>
    public string PersonField { get; init; } = "personId";

    /// <summary>The field of an ID number typed in; an invalid number's reason goes here too.</summary>
    public string IdNumberField { get; init; } = "idNumber";

    /// <summary>Said when neither an id nor an ID number is given; null when the form may go without a person.</summary>
    public string? Missing { get; init; } = "请选择居民（按姓名或身份证号码查找）";

    public string MissingField { get; init; } = "personId";

    /// <summary>Said when nobody in the caller's regions has the ID number (and, unless <see cref="NotFoundById"/> says otherwise, the id).</summary>
    public string NotFound { get; init; } = "居民档案中没有这个人，或不在您的管辖范围内；请先登记居民信息";

    public string? NotFoundById { get; init; }

    /// <summary>The field a refusal about the person found goes on: the one the caller filled in.</summary>
    public string FieldFor(Guid? personId) => personId is null ? IdNumberField : PersonField;
}
