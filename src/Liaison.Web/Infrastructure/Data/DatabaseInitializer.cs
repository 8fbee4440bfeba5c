using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Demo;
using Liaison.Web.Features.Provinces;
using Liaison.Web.Features.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Infrastructure.Data;

/// <summary>
/// Brings the database to a usable state at start-up: schema (when configured to migrate on start),
/// reference data (provinces, fields of cooperation, roles), the first administrator, and the demo data.
/// Every step is idempotent, so restarting is always safe.
/// </summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    RoleManager<IdentityRole> roles,
    UserManager<AppUser> users,
    DemoDataLoader demo,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger)
{
    /// <summary>
    /// Applies the migrations (the deployment's `migrate` step). EF Core also refuses here a model changed without
    /// its migration, so this step always runs in full.
    /// </summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await UseWriteAheadLogAsync(ct);
    }

    /// <summary>
    /// Start-up's migration: EF Core's migrate step first builds the last migration's snapshot model to compare it
    /// with the code's, about half a second of every start; with every migration applied (a question of a query or
    /// two) there is nothing for it to do. A model changed without its migration is still refused by `migrate` and by
    /// a test (DatabaseInitializerTests).
    /// </summary>
    private async Task MigrateIfPendingAsync(CancellationToken ct)
    {
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            await db.Database.MigrateAsync(ct);
        }

        await UseWriteAheadLogAsync(ct);
    }

    private async Task UseWriteAheadLogAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers go on while one request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await MigrateIfPendingAsync(ct);
        }

        await SeedReferenceDataAsync(ct);
        await EnsureBootstrapAdministratorAsync();
        if (configuration.GetValue("Demo:Enabled", false))
        {
            await demo.LoadAsync(ct);
        }
    }

    private async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var knownProvinces = await db.Provinces.Select(p => p.Id).ToListAsync(ct);
        db.Provinces.AddRange(ProvinceCatalog.All.Where(p => !knownProvinces.Contains(p.Id)).Select(p => new Province
        {
            Id = p.Id, Code = p.Code, NameVi = p.NameVi, NameEn = p.NameEn, Kind = p.Kind,
        }));

        var knownFields = await db.CooperationFields.Select(f => f.Code).ToListAsync(ct);
        db.CooperationFields.AddRange(CooperationField.Initial.Where(f => !knownFields.Contains(f.Code)).Select(f => new CooperationField
        {
            Code = f.Code, NameEn = f.NameEn, NameVi = f.NameVi, SortOrder = f.SortOrder,
        }));
        await db.SaveChangesAsync(ct);
        await SeedDeadlinesAsync(ct);

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>
    /// A shipped deadline rule goes in while no rule uses its anchor, so a new kind of deadline reaches an existing
    /// database and an administrator's edits and removals for the older anchors stay (a second shipped rule on an
    /// anchor already in use would not arrive this way); a year of shipped holidays goes in only while that year has none.
    /// </summary>
    private async Task SeedDeadlinesAsync(CancellationToken ct)
    {
        // A shipped rule goes in while no rule uses its anchor: a new kind of deadline reaches an existing database,
        // and a rule an administrator changed or switched off for an older anchor is left as it is.
        var anchors = await db.DeadlineRules.Select(r => r.Anchor).Distinct().ToListAsync(ct);
        db.DeadlineRules.AddRange(Features.Deadlines.ShippedRules.All.Where(r => !anchors.Contains(r.Anchor)));

        var years = await db.Holidays.Select(h => h.Date.Year).Distinct().ToListAsync(ct);
        db.Holidays.AddRange(Features.Deadlines.ShippedHolidays.All.Where(h => !years.Contains(h.Date.Year))
            .Select(h => new Features.Deadlines.Holiday { Date = h.Date, Name = h.Name, UpdatedBy = "system" }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Creates the first administrator from configuration (Bootstrap:AdminEmail and Bootstrap:AdminPassword,
    /// normally environment variables), so no password is ever committed.
    /// </summary>
    private async Task EnsureBootstrapAdministratorAsync()
    {
        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password) || await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator", Role = Roles.Administrator };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            logger.LogError("The bootstrap administrator could not be created: {Errors}", string.Join("; ", created.Errors.Select(e => e.Description)));
            return;
        }

        await users.AddToRoleAsync(admin, Roles.Administrator);
    }
}
