using System.Text;
using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>A doctor imports visits from a spreadsheet and reads which rows were refused and why.</summary>
public sealed class HealthImportTests(BrowserSite site) : BrowserTest(site)
{
    [Fact]
    public async Task A_visits_file_imports_the_good_row_and_names_the_bad_one()
    {
        var idNumber = Residents.NewIdNumber();
        await Residents.RegisterAsync(Site, "欧阳春", idNumber, "430211001001002");
        await SignInToDashboardAsync(Page, "doctor");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"身份证号码,随访日期,随访方式,收缩压,舒张压\n{idNumber},{today},门诊,138,86\n{idNumber},{today},门诊,400,86\n";

        await Page.GotoAsync("/health/import");
        await Page.Locator("#kind").SelectOptionAsync("visits");
        await Page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "随访.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await SubmitAsync(Page.Locator("form:has(#file) button[type=submit]"));

        await Expect(Page.Locator("#import-result")).ToContainTextAsync("共 2 行：导入 1");
        await Expect(Page.Locator("#import-errors tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#import-errors tbody tr")).ToContainTextAsync("3");
        await Expect(Page.Locator("#import-errors tbody tr")).ToContainTextAsync("收缩压");
    }
}
