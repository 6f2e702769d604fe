using System.Net;

namespace Doorstep.Web.Tests.Pages;

/// <summary>等保 level 3: three separate administrators, each seeing only their own work.</summary>
public sealed class AdminPageTests
{
    [Fact]
    public async Task The_audit_admin_reads_and_verifies_the_log_and_nobody_else_can()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 0);
        var auditor = await app.ClientForAsync("auditor");

        var html = await auditor.GetStringAsync("/admin/audit?verify=true&event=user.create", TestContext.Current.CancellationToken);

        html.ShouldContain("哈希链完整");
        html.ShouldContain("新建用户");
        html.ShouldContain("officer");
        (await (await app.ClientForAsync("officer")).GetAsync("/admin/audit", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ClientForAsync("secadmin")).GetAsync("/admin/audit", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_security_admin_manages_users_but_sees_no_residents()
    {
        await using var app = await SeededApp.StartAsync(TestDatabase.Sqlite, residents: 10);
        var security = await app.ClientForAsync("secadmin");

        var html = await security.GetStringAsync("/admin/users", TestContext.Current.CancellationToken);

        html.ShouldContain("villagedoctor");
        html.ShouldContain("家庭医生");
        (await security.GetAsync("/api/v1/people", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ClientForAsync("sysadmin")).GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
