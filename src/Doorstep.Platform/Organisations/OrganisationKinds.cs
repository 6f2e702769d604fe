using Doorstep.Platform.Modules;
using Doorstep.Platform.Ui;

namespace Doorstep.Platform.Organisations;

/// <summary>The kinds of organisation the platform knows, its own and those its modules add.</summary>
public sealed class OrganisationKinds
{
    public static readonly IReadOnlyList<OrganisationKindDefinition> Platform =
    [
        new("enterprise", new("企业", "Enterprise")),
        new("government", new("机关事业单位", "Government body")),
        new("social-organisation", new("社会组织", "Social organisation")),
        new("community-centre", new("党群服务中心", "Community service centre")),
        new("village-committee", new("村（居）民委员会", "Village or residents' committee")),
    ];

    public OrganisationKinds(IEnumerable<IDoorstepModule> modules)
    {
        All = Platform.Concat(modules.SelectMany(m => m.OrganisationKinds)).DistinctBy(k => k.Code).ToList();
    }

    public IReadOnlyList<OrganisationKindDefinition> All { get; }

    public bool Exists(string? code) => All.Any(k => k.Code == code);

    public Text NameOf(string code) => All.FirstOrDefault(k => k.Code == code)?.Name ?? new Text(code, code);
}
