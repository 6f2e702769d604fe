using Microsoft.Playwright;

namespace Doorstep.Browser.Tests;

/// <summary>Where pictures of the pages go: failure evidence for CI, and the documentation's screenshots.</summary>
public static class Artifacts
{
    public static string FailureFolder =>
        Environment.GetEnvironmentVariable("DOORSTEP_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "artifacts");

    public static bool DocumentationWanted => Environment.GetEnvironmentVariable("DOORSTEP_SCREENSHOTS") == "1";

    public static async Task<string> SaveFailureAsync(IPage page, string testName)
    {
        Directory.CreateDirectory(FailureFolder);
        var safe = string.Concat(testName.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var path = Path.Combine(FailureFolder, $"{safe}-{DateTime.UtcNow:yyyyMMddHHmmss}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>
    /// Saves a full-page picture into docs/images when DOORSTEP_SCREENSHOTS=1; the tests call it at the
    /// moment their page is in the state the documentation describes, so the pictures cannot drift from what works.
    /// </summary>
    public static async Task DocumentAsync(IPage page, string fileName)
    {
        if (!DocumentationWanted)
        {
            return;
        }

        var folder = Path.Combine(RepositoryRoot(), "docs", "images");
        Directory.CreateDirectory(folder);
        // Charts grow in over a second; re-rendering without animation puts them in their final state now.
        await page.EvaluateAsync("""
            async () => {
              document.querySelectorAll('[data-chart]').forEach(el => window.echarts?.getInstanceByDom(el)?.setOption({ animation: false }));
              await document.fonts.ready;
            }
            """);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, fileName), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Doorstep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Doorstep.slnx above {AppContext.BaseDirectory}");
    }
}
