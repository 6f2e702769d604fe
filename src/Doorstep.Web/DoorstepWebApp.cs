using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using Doorstep.Hosting;
using Doorstep.Platform;
using Doorstep.Platform.Accounts;
using Doorstep.Platform.Dashboard;
using Doorstep.Platform.Data;
using Doorstep.Platform.Demo;
using Doorstep.Platform.Imports;
using Doorstep.Platform.Modules;
using Doorstep.Platform.Organisations;
using Doorstep.Platform.People;
using Doorstep.Platform.Regions;
using Doorstep.Platform.Security;
using Doorstep.Platform.WorkItems;
using Doorstep.Platform.WorkItems.Notifications;
using Doorstep.Platform.WorkItems.Pages;
using Doorstep.Web.Components;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

namespace Doorstep.Web;

/// <summary>Composes the web host: platform, modules, security, pages and API.</summary>
public static class DoorstepWebApp
{
    private const string SmartScheme = "Doorstep";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var settings = DoorstepSettings.From(builder.Configuration);
        var services = builder.Services;

        services.AddDoorstepCore(builder.Configuration, settings);
        services.AddHttpContextAccessor();
        // In a request the signed-in user's regions apply; outside one (start-up, background work) the system's.
        services.AddScoped<IDataScope>(sp => sp.GetRequiredService<IHttpContextAccessor>().HttpContext is null
            ? SystemScope.Instance
            : new UserDataScope(sp.GetRequiredService<IHttpContextAccessor>()));
        services.AddSingleton(new DemoMode(settings.Demo ?? builder.Environment.IsDevelopment()));
        services.AddScoped<DashboardFigures>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddIdentityCookies();
        services.AddIdentityCore<DoorstepUser>().AddSignInManager();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "doorstep.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            // 等保 level 3: an idle session ends after 15 minutes.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(15);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ApiAware(StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ApiAware(StatusCodes.Status403Forbidden);
        });

        services.AddAuthorization(o =>
        {
            var catalog = new PermissionCatalog(DoorstepModules.All());
            foreach (var permission in catalog.All)
            {
                o.AddPolicy(permission.Code, p => p.RequireAuthenticatedUser().RequireClaim(DoorstepClaimTypes.Permission, permission.Code));
            }
        });
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery();
        services.AddRazorComponents();
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        // Bad request bodies throw in every environment so BadRequestHandler can name the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Doorstep API";
            doc.Info.Description = "家门口基层公共服务平台 API. Authenticate with `Authorization: Bearer <token>` from `doorstep token create --user NAME`.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddRequestLocalization(o =>
        {
            CultureInfo[] cultures = [new("zh-CN"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddHealthChecks();
        // Chinese text goes out as text, not as &#x...; entities: a third of the bytes on a weak network.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHostedService<DatabaseStartup>();
        if (settings.Scheduler)
        {
            services.AddHostedService<WorkItemScheduler>();
        }
        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataFolder, "keys", "dataprotection")))
            .SetApplicationName("Doorstep");

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // API callers get RFC 7807 problem details, people get a page; nobody gets a stack trace.
            ExceptionHandlingPath = "/error",
        });
        // An empty 4xx answers a person with a page and an API caller with problem details.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.Use(ApiProblems);
        app.UseRequestLocalization();
        app.MapStaticAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Doorstep API")).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapWorkItemForms();
        app.Map("/error", (HttpContext http) => http.Request.Path.StartsWithSegments("/api") || http.Request.Headers.Accept.ToString().Contains("json", StringComparison.Ordinal)
                ? Results.Problem(title: "服务器内部错误，请稍后重试；如持续出现请联系系统管理员", statusCode: 500)
                : Results.Redirect("/problem"))
            .ExcludeFromDescription().AllowAnonymous();

        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapPeopleApi();
        api.MapOrganisationsApi();
        api.MapRegionsApi();
        api.MapWorkItemsApi();
        foreach (var module in app.Services.GetRequiredService<IEnumerable<IDoorstepModule>>())
        {
            module.MapApi(api);
            api.MapGroup("/" + module.Key).WithTags(module.Title.En).MapTableImports(module.Imports);
        }

        app.MapRazorComponents<App>()
            .AddAdditionalAssemblies(typeof(DoorstepDb).Assembly)
            .AddAdditionalAssemblies(app.Services.GetRequiredService<IEnumerable<IDoorstepModule>>().Select(m => m.GetType().Assembly).Distinct().ToArray());
    }

    private static async Task ApiProblems(HttpContext http, RequestDelegate next)
    {
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            await next(http);
            return;
        }

        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(http);
        if (http.Response.StatusCode >= 400 && !http.Response.HasStarted && http.Response.ContentLength is null && string.IsNullOrEmpty(http.Response.ContentType))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http });
        }
    }

    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task> ApiAware(int status) => context =>
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    };
}
