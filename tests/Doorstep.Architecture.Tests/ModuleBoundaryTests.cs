using System.Reflection;
using Doorstep.Care;
using Doorstep.Employment;
using Doorstep.Health;
using Doorstep.Hosting;
using Doorstep.Kernel;
using Doorstep.Platform.Data;
using Doorstep.Safety;
using Microsoft.EntityFrameworkCore;

namespace Doorstep.Architecture.Tests;

/// <summary>
/// The rules of the house that the compiler does not enforce: modules never reference each
/// other, the platform knows no module, and the kernel depends on nothing but the runtime.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly[] Modules =
        [typeof(HealthModule).Assembly, typeof(EmploymentModule).Assembly, typeof(SafetyModule).Assembly, typeof(CareModule).Assembly];

    public static TheoryData<string> ModuleNames => new(Modules.Select(m => m.GetName().Name!));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_references_no_other_module(string module)
    {
        var assembly = Modules.Single(m => m.GetName().Name == module);
        var others = Modules.Where(m => m != assembly).Select(m => m.GetName().Name).ToHashSet();

        assembly.GetReferencedAssemblies().Select(r => r.Name).Where(others.Contains).ShouldBeEmpty();
    }

    [Fact]
    public void The_platform_references_no_module()
    {
        var names = Modules.Select(m => m.GetName().Name).ToHashSet();

        typeof(DoorstepDb).Assembly.GetReferencedAssemblies().Select(r => r.Name).Where(names.Contains).ShouldBeEmpty();
    }

    [Fact]
    public void The_kernel_depends_only_on_the_runtime()
    {
        var references = typeof(CitizenId).Assembly.GetReferencedAssemblies().Select(r => r.Name!);

        references.ShouldAllBe(name => name == "System.Runtime" || name.StartsWith("System.", StringComparison.Ordinal) || name == "netstandard");
    }

    [Fact]
    public void Every_module_is_composed_and_keys_its_tables_by_its_prefix()
    {
        var composed = DoorstepModules.All();

        composed.Select(m => m.GetType().Assembly).ShouldBe(Modules, ignoreOrder: true);
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        foreach (var module in composed)
        {
            var tables = db.Model.GetEntityTypes().Where(e => e.ClrType.Assembly == module.GetType().Assembly).Select(e => e.GetTableName()!);
            tables.ShouldAllBe(t => t.StartsWith(module.Key + "_", StringComparison.Ordinal));
        }

        db.Model.GetEntityTypes().Where(e => e.ClrType.Assembly == typeof(DoorstepDb).Assembly || e.ClrType.Namespace!.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal))
            .Select(e => e.GetTableName()!).ShouldAllBe(t => t.StartsWith("platform_", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_regional_table_is_filtered_by_the_region_scope()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        foreach (var entity in db.Model.GetEntityTypes().Where(e => typeof(IRegional).IsAssignableFrom(e.ClrType)))
        {
            entity.FindDeclaredQueryFilter(DoorstepDb.ScopeFilter).ShouldNotBeNull($"{entity.ClrType.Name} is regional but not scoped");
        }
    }
}
