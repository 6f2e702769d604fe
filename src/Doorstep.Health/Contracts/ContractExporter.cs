using System.Globalization;
using Doorstep.Platform.Audit;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Security;

namespace Doorstep.Health.Contracts;

/// <summary>Contracts to a spreadsheet, ID numbers masked as on screen; every export is audited.</summary>
public sealed class ContractExporter(ContractService contracts, PackageCatalogue catalogue, AuditLog audit)
{
    public static readonly string[] Columns =
        ["签约编号", "姓名", "身份证号码", "性别", "年龄", "区划代码", "现住址", "签约团队", "家庭医生", "签约状态", "签约日期", "服务起始", "服务截止", "服务包", "重点人群", "急诊联系医生", "联系电话", "终止日期", "终止原因"];

    public async Task<int> ExportAsync(Stream output, ExportFormat format, ContractQuery query, Actor actor, CancellationToken ct = default)
    {
        var packages = (await catalogue.ListAsync(false, ct)).ToDictionary(p => p.Code, p => p.Name);
        var rows = contracts.AllAsync(query, ct).Select(c => Cells(c, packages));
        var count = await TableExport.WriteAsync(output, format, Columns, rows, ct);
        await audit.WriteAsync(actor.UserName, AuditEvents.Exported, nameof(Contract), query.Region, detail: $"rows={count} format={format} q={query.Q} team={query.TeamId} standing={query.Standing}", cancellationToken: ct);
        return count;
    }

    private static string?[] Cells(ContractView c, Dictionary<string, string> packages) =>
    [
        c.Number, c.PersonName, c.IdNumber, c.Sex == Kernel.Sex.Male ? "男" : "女", c.Age.ToString(CultureInfo.InvariantCulture), c.RegionCode, c.Address,
        c.TeamName, c.DoctorName, ContractLabels.Of(c.Standing).Zh, Day(c.SignedOn), Day(c.StartsOn), Day(c.EndsOn),
        string.Join("、", c.Packages.Select(p => packages.GetValueOrDefault(p) ?? p)), string.Join("、", c.KeyPopulations.Select(k => KeyPopulation.NameOf(k).Zh)),
        c.EmergencyContact, c.EmergencyPhone, c.EndedOn is { } ended ? Day(ended) : null, c.EndReason is { } reason ? ContractLabels.Of(reason).Zh : null,
    ];

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
