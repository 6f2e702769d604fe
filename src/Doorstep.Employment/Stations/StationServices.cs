using Doorstep.Platform.Ui;

namespace Doorstep.Employment.Stations;

/// <summary>The public employment services a station can offer, with the names residents read.</summary>
public static class StationServices
{
    public static readonly IReadOnlyList<(string Code, Text Name)> All =
    [
        ("job-posting", new("岗位发布", "Job postings")),
        ("job-matching", new("求职登记与推荐", "Registration and referrals")),
        ("gig-matching", new("零工对接", "Gig matching")),
        ("career-guidance", new("职业指导", "Career guidance")),
        ("skills-training", new("技能培训报名", "Skills training sign-up")),
        ("policy-advice", new("政策咨询", "Policy advice")),
        ("unemployment-registration", new("失业登记", "Unemployment registration")),
        ("entrepreneurship", new("创业服务", "Entrepreneurship support")),
        ("disability-employment", new("残疾人就业服务", "Employment for disabled people")),
    ];

    /// <summary>The names of the services offered, in the list's order: 岗位发布、职业指导.</summary>
    public static string Names(IEnumerable<string> codes) => string.Join("、", All.Where(s => codes.Contains(s.Code)).Select(s => s.Name.ToString()));
}
