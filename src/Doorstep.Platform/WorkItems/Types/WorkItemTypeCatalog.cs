using Doorstep.Platform.Modules;

namespace Doorstep.Platform.WorkItems.Types;

/// <summary>Every work-item type the modules register, by code.</summary>
public sealed class WorkItemTypeCatalog
{
    private readonly Dictionary<string, WorkItemTypeDefinition> byCode;

    public WorkItemTypeCatalog(IEnumerable<WorkItemTypeDefinition> types)
    {
        All = types.ToList();
        byCode = new Dictionary<string, WorkItemTypeDefinition>(StringComparer.Ordinal);
        foreach (var type in All)
        {
            if (!byCode.TryAdd(type.Code, type))
            {
                throw new InvalidOperationException($"Work-item type {type.Code} is registered twice");
            }

            if (type.Categories.Count == 0)
            {
                throw new InvalidOperationException($"Work-item type {type.Code} has no category");
            }
        }
    }

    public IReadOnlyList<WorkItemTypeDefinition> All { get; }

    public static WorkItemTypeCatalog From(IEnumerable<IDoorstepModule> modules) => new(modules.SelectMany(m => m.WorkItemTypes));

    public WorkItemTypeDefinition? Find(string? code) => code is null ? null : byCode.GetValueOrDefault(code);

    public string NameOf(string code) => Find(code)?.Name.ToString() ?? code;

    public string CategoryNameOf(string type, string category) => Find(type)?.Category(category)?.Name.ToString() ?? category;
}
