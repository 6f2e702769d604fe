using Doorstep.Employment.Entrepreneurship;
using Doorstep.Employment.Fairs;
using Doorstep.Employment.Training;
using Doorstep.Employment.TrainingBases;
using Doorstep.Employment.Workshops;
using Doorstep.Platform.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace Doorstep.Employment.Imports;

/// <summary>The module's table imports; each row goes through the same service as its form.</summary>
public static class EmploymentImports
{
    public static readonly IReadOnlyList<TableImport> All =
    [
        new("seekers", new("求职者", "job seekers"), "/employment/seekers", EmploymentPermissions.Write, SeekerImporter.Columns, SeekerImporter.RequiredColumns, SeekerImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<SeekerImporter>().ImportAsync(file, all, actor, ct)),
        new("vacancies", new("岗位", "vacancies"), "/employment/vacancies", EmploymentPermissions.Write, VacancyImporter.Columns, VacancyImporter.RequiredColumns, VacancyImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<VacancyImporter>().ImportAsync(file, all, actor, ct)),
        new("workshop-workers", new("帮扶车间职工", "workshop workers"), "/employment/workshops", EmploymentPermissions.Write, WorkshopWorkerImporter.Columns, WorkshopWorkerImporter.RequiredColumns, WorkshopWorkerImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<WorkshopWorkerImporter>().ImportAsync(file, all, actor, ct)),
        new("startup-applications", new("创业扶持申请", "startup applications"), "/employment/entrepreneurship", EmploymentPermissions.Write, StartupImporter.Columns, StartupImporter.RequiredColumns, StartupImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<StartupImporter>().ImportAsync(file, all, actor, ct)),
        new("fair-visitors", new("招聘会入场求职者", "fair visitors"), "/employment/fairs", EmploymentPermissions.Write, FairVisitorImporter.Columns, FairVisitorImporter.RequiredColumns, FairVisitorImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<FairVisitorImporter>().ImportAsync(file, all, actor, ct)),
        new("enrolments", new("培训报名", "training enrolments"), "/employment/training", EmploymentPermissions.Write, EnrolmentImporter.Columns, EnrolmentImporter.RequiredColumns, EnrolmentImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<EnrolmentImporter>().ImportAsync(file, all, actor, ct)),
        new("training-base-applications", new("培训基地申报", "training-base applications"), "/employment/training-bases/applications", EmploymentPermissions.Write, BaseApplicationImporter.Columns, BaseApplicationImporter.RequiredColumns, BaseApplicationImporter.Notes, (s, file, all, actor, ct) => s.GetRequiredService<BaseApplicationImporter>().ImportAsync(file, all, actor, ct)),
    ];
}
