using Liaison.Web.Components;
using Liaison.Web.Features;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Attachments;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Demo;
using Liaison.Web.Features.Health;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Web;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddLiaisonDatabase(builder.Environment.ContentRootPath);
builder.Services.AddLiaisonAccounts();
builder.Services.AddFeatureHandlers();
builder.Services.AddScoped<DemoDataLoader>();
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddLiaisonHealthChecks();
builder.Services.AddProblemDetails();
// Malformed JSON or an unknown enum name is the caller's mistake: a 400 problem, in every environment.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Liaison API";
    document.Info.Description = "Partners, delegations, agreements and activities of a provincial Department of Foreign Affairs. "
        + "Sign in with POST /api/account/login; errors are ProblemDetails (400 with per-field errors, 404, 409).";
    return Task.CompletedTask;
}));
builder.Services.ConfigureHttpJsonOptions(o => JsonSetup.Configure(o.SerializerOptions));
builder.Services.AddRazorComponents();

// A form posts one value per field and row: a batch return of 1,000 people at five fields each would pass the
// default of 1,024 values per form, and the save would fail before the form's own rules could answer.
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueCountLimit = 8_192);
builder.Services.AddLiaisonLocalization();
builder.Services.AddLiaisonRateLimits(builder.Configuration);
builder.Services.AddAttachments();
builder.Services.AddScoped<Liaison.Web.Features.Deadlines.DeadlineFinder>();
builder.Services.AddSingleton<Liaison.Web.Features.Deadlines.ReminderMailer>();
if (!args.Any(a => a is "migrate" or "verify-audit" or "send-reminders" or "generate-national"))
{
    builder.Services.AddHostedService<Liaison.Web.Features.Deadlines.ReminderService>();
}

var app = builder.Build();

// `Liaison.Web migrate` applies the migrations and exits: the step a production deployment runs.
if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    Console.WriteLine("Migrations applied.");
    return;
}

// `Liaison.Web verify-audit` checks the audit trail's hash chain, names the first broken entry, and exits 1 if there is one.
if (args.Contains("verify-audit", StringComparer.OrdinalIgnoreCase))
{
    using var scope = app.Services.CreateScope();
    var verification = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainHandler>().HandleAsync();
    Console.WriteLine(verification);
    Environment.ExitCode = verification.Intact ? 0 : 1;
    return;
}

// `Liaison.Web send-reminders` sweeps once and exits: for a scheduler (cron) instead of, or beside, the hourly timer.
if (args.Contains("send-reminders", StringComparer.OrdinalIgnoreCase))
{
    using var scope = app.Services.CreateScope();
    Console.WriteLine(await scope.ServiceProvider.GetRequiredService<Liaison.Web.Features.Deadlines.SendRemindersHandler>().HandleAsync());
    return;
}

// `Liaison.Web generate-national --scale 1 --seed 2026` fills a database of its own with the national benchmark dataset
// (34 provinces over 25 years; docs/benchmarks.md) and exits. Generator:Password is the benchmark accounts' password.
if (args.Contains("generate-national", StringComparer.OrdinalIgnoreCase))
{
    using (var scope = app.Services.CreateScope())
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    using var generating = app.Services.CreateScope();
    var options = new NationalDatasetOptions(
        app.Configuration.GetValue("scale", 1.0),
        app.Configuration.GetValue("seed", 2026),
        app.Configuration["Generator:Password"] is { Length: > 0 } password ? password : throw new InvalidOperationException("Set Generator:Password (Generator__Password) for the benchmark accounts."));
    Console.WriteLine(await generating.ServiceProvider.GetRequiredService<GenerateNationalDatasetHandler>().HandleAsync(options));
    return;
}

// From here the start runs on two cores: EF Core builds the database model on one while this thread wires the pipeline
// and builds the routing table; the database is readied once both are done, and the port opens after that.
var databaseModel = StartUpWork.BuildDatabaseModelAsync(app.Services);

app.UseExceptionHandler(new ExceptionHandlerOptions
{
    // The caller's mistakes are 400s, a form without its antiforgery token among them; only our own faults are 500s.
    StatusCodeSelector = ex => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    },
});
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseSecurityHeaders();
app.UseApiBodyLimit(app.Configuration.GetValue("Api:MaxBodyBytes", 1024L * 1024));
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseAuthentication();
app.UseLiaisonLocalization();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapOpenApi();
// The reference page must work on a closed network: no fonts from a CDN.
app.MapScalarApiReference("/api/reference", o => o.WithTitle("Liaison API").DisableDefaultFonts());
app.MapLiaisonHealth();
app.MapAccountEndpoints();
app.MapFeatureEndpoints();
app.MapRazorComponents<App>();

// After every Map… call: some data sources keep what they build at their first read (StartUpWork says more).
StartUpWork.BuildRoutingTable(((IEndpointRouteBuilder)app).DataSources);
await databaseModel;
using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
