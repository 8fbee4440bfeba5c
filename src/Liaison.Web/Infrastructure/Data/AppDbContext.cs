using System.Linq.Expressions;
using System.Reflection;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Provinces;
using Liaison.Web.Features.Reference;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Infrastructure.Data;

/// <summary>
/// The one model for both engines. <see cref="SqliteAppDbContext"/> and <see cref="PostgresAppDbContext"/>
/// exist only so that each engine keeps its own migrations folder.
/// </summary>
public abstract partial class AppDbContext : IdentityDbContext<AppUser>
{
    private readonly CurrentUser? _user;
    private readonly TimeProvider _clock;

    protected AppDbContext(DbContextOptions options, CurrentUser? user, TimeProvider? clock)
        : base(options)
    {
        _user = user;
        _clock = clock ?? TimeProvider.System;
    }

    // Here rather than at registration, so that every context has it, those that tests build included.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(BulkWriteBarrier.Instance);

    public DbSet<Province> Provinces => Set<Province>();

    public DbSet<CooperationField> CooperationFields => Set<CooperationField>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Features.Money.ExchangeRate> ExchangeRates => Set<Features.Money.ExchangeRate>();

    public DbSet<Features.Aid.AidProject> AidProjects => Set<Features.Aid.AidProject>();

    public DbSet<Features.Investment.InvestmentProject> InvestmentProjects => Set<Features.Investment.InvestmentProject>();

    public DbSet<Features.Trade.TradeFigure> TradeFigures => Set<Features.Trade.TradeFigure>();

    public DbSet<Features.Labour.LabourProgramme> LabourProgrammes => Set<Features.Labour.LabourProgramme>();

    public DbSet<Features.Mechanisms.Mechanism> Mechanisms => Set<Features.Mechanisms.Mechanism>();

    public DbSet<Features.Mechanisms.MechanismSession> MechanismSessions => Set<Features.Mechanisms.MechanismSession>();

    public DbSet<Features.Border.BorderGate> BorderGates => Set<Features.Border.BorderGate>();

    public DbSet<Features.Border.VillagePair> VillagePairs => Set<Features.Border.VillagePair>();

    public DbSet<Features.Border.BorderIncident> BorderIncidents => Set<Features.Border.BorderIncident>();

    public DbSet<Features.CitizenProtection.CitizenCase> CitizenCases => Set<Features.CitizenProtection.CitizenCase>();

    public DbSet<Features.Apec.ApecApplication> ApecApplications => Set<Features.Apec.ApecApplication>();

    public DbSet<Features.Ngos.ForeignNgo> ForeignNgos => Set<Features.Ngos.ForeignNgo>();

    public DbSet<Features.ExternalInformation.ExternalInfoItem> ExternalInfoItems => Set<Features.ExternalInformation.ExternalInfoItem>();

    public DbSet<Features.Overseas.OverseasContact> OverseasContacts => Set<Features.Overseas.OverseasContact>();

    public DbSet<Features.Deadlines.DeadlineRule> DeadlineRules => Set<Features.Deadlines.DeadlineRule>();

    public DbSet<Features.Deadlines.Holiday> Holidays => Set<Features.Deadlines.Holiday>();

    public DbSet<Features.Deadlines.DeadlineDone> DeadlinesDone => Set<Features.Deadlines.DeadlineDone>();

    public DbSet<Features.Deadlines.DeadlineReminder> DeadlineReminders => Set<Features.Deadlines.DeadlineReminder>();

    // Read by the query filters on every query; EF Core turns them into parameters per context instance.
    private bool ScopeReadsAll => _user?.ReadsAllProvinces == true;

    private int? ScopeProvinceId => _user?.ProvinceId;

    private string? ScopeUnit => _user?.Unit;

    /// <summary>
    /// Makes a save fail unless the stored version is the one the editor started from, then moves the
    /// version on. Called by every update handler with the version the form or API request carried.
    /// </summary>
    public void ExpectVersion(ProvinceRecord record, int version)
    {
        var property = Entry(record).Property(r => r.Version);
        property.OriginalValue = version;
        property.CurrentValue = version + 1;
        property.IsModified = true;
    }

    public DbSet<Features.Import.ImportJob> ImportJobs => Set<Features.Import.ImportJob>();

    public DbSet<Features.Import.ImportTemplate> ImportTemplates => Set<Features.Import.ImportTemplate>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Features.Accounts.Keys.DataProtectionKey> DataProtectionKeys => Set<Features.Accounts.Keys.DataProtectionKey>();

    /// <summary>
    /// Saves the changes and their audit entries in one transaction: if either fails, neither is kept.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await BulkWriteEndedAsync(rethrow: true); // before EF Core's savepoint, which no interceptor sees on every engine
        await LoadRowsForSearchTextAsync(cancellationToken);
        StampRecords();
        var audit = AuditWriter.Capture(ChangeTracker);
        if (audit.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        _bulkChainEnd = null; // this save extends the chain itself
        var ownTransaction = Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            await audit.AppendAsync(this, _user?.UserName ?? "system", _clock.GetUtcNow().UtcDateTime, cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    /// <summary>Every save goes through the audited path; synchronous saves are not used by the application.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: every save is audited in its own transaction.");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace?.StartsWith("Liaison.Web.Features", StringComparison.Ordinal) == true);

        foreach (var entity in builder.Model.GetEntityTypes())
        {
            // Enums are stored by name: readable in the database and safe when a value is inserted in the middle.
            foreach (var property in entity.GetProperties())
            {
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (type.IsEnum)
                {
                    property.SetProviderClrType(typeof(string));
                    property.SetMaxLength(40);
                }
            }

            if (typeof(ProvinceRecord).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                ConfigureProvinceRecord(builder, entity.ClrType);
            }
        }

        // Shared records replace the province filter: a mechanism and its sessions are read by every member province.
        builder.Entity<Features.Mechanisms.Mechanism>().HasQueryFilter(m =>
            ScopeReadsAll || m.ProvinceId == ScopeProvinceId || m.Provinces.Any(p => p.ProvinceId == ScopeProvinceId));
        builder.Entity<Features.Mechanisms.MechanismSession>().HasQueryFilter(s =>
            ScopeReadsAll || s.Mechanism!.ProvinceId == ScopeProvinceId || s.Mechanism.Provinces.Any(p => p.ProvinceId == ScopeProvinceId));
    }

    private void ConfigureProvinceRecord(ModelBuilder builder, Type type)
    {
        var e = builder.Entity(type);
        e.Property(nameof(ProvinceRecord.Version)).IsConcurrencyToken();
        e.Property(nameof(ProvinceRecord.SearchText)).HasMaxLength(Text.TextFolding.MaxSearchText);
        e.Property(nameof(ProvinceRecord.CreatedBy)).HasMaxLength(256);
        e.Property(nameof(ProvinceRecord.UpdatedBy)).HasMaxLength(256);
        e.HasOne(nameof(ProvinceRecord.Province)).WithMany().HasForeignKey(nameof(ProvinceRecord.ProvinceId)).OnDelete(DeleteBehavior.Restrict);
        // Every read is by province, so every register needs an index that begins with it. A register that has a
        // composite one (province, date, …) gets no index on the province alone: the composite one serves the same
        // lookups, and the lone one costs every write and misleads PostgreSQL's planner into reading a whole
        // province's rows where the composite one would read a period's (issue 9, docs/benchmarks.md).
        var entity = builder.Model.FindEntityType(type)!;
        if (!entity.GetIndexes().Any(i => i.Properties[0].Name == nameof(ProvinceRecord.ProvinceId)))
        {
            e.HasIndex(nameof(ProvinceRecord.ProvinceId));
        }

        // Province isolation, enforced for every query: a user sees their own province's records,
        // the ministry sees all, and a context without a user sees none.
        var parameter = Expression.Parameter(type, "r");
        var provinceId = Expression.Property(parameter, nameof(ProvinceRecord.ProvinceId));
        var context = Expression.Constant(this, typeof(AppDbContext));
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.NonPublic;
        var readsAll = Expression.Property(context, typeof(AppDbContext).GetProperty(nameof(ScopeReadsAll), flags)!);
        var scopeProvince = Expression.Property(context, typeof(AppDbContext).GetProperty(nameof(ScopeProvinceId), flags)!);
        Expression body = Expression.OrElse(
            readsAll,
            Expression.Equal(Expression.Convert(provinceId, typeof(int?)), scopeProvince));
        if (typeof(IUnitSubmission).IsAssignableFrom(type))
        {
            // …and a unit contributor only its own unit's submissions.
            var scopeUnit = Expression.Property(context, typeof(AppDbContext).GetProperty(nameof(ScopeUnit), flags)!);
            var unit = Expression.Property(parameter, nameof(IUnitSubmission.SubmittedByUnit));
            body = Expression.AndAlso(body, Expression.OrElse(
                Expression.Equal(scopeUnit, Expression.Constant(null, typeof(string))),
                Expression.Equal(unit, scopeUnit)));
        }

        e.HasQueryFilter(Expression.Lambda(body, parameter));
    }

    /// <summary>
    /// A record changed without its rows loaded (archived or restored by id, a delegation's status moved) would lose its
    /// rows' words from its search text when the text is rebuilt (a delegation's members, a case's people), and a case
    /// its count of people. The rows its search text uses are read first; a record edited with its rows reads nothing.
    /// </summary>
    private async Task LoadRowsForSearchTextAsync(CancellationToken ct)
    {
        foreach (var entry in ChangeTracker.Entries<ProvinceRecord>().Where(e => e.State == EntityState.Modified).ToList())
        {
            foreach (var name in entry.Entity.SearchTextRows)
            {
                var rows = entry.Collection(name);
                if (!rows.IsLoaded)
                {
                    await rows.LoadAsync(ct);
                }
            }
        }
    }

    private void StampRecords()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var who = _user?.UserName ?? "system";
        foreach (var entry in ChangeTracker.Entries<ProvinceRecord>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity is IUnitSubmission submission && _user?.Unit is { } unit)
                    {
                        submission.SubmittedByUnit = unit;
                    }

                    entry.Entity.CreatedAt = entry.Entity.CreatedAt == default ? now : entry.Entity.CreatedAt;
                    entry.Entity.CreatedBy ??= who;
                    entry.Entity.UpdatedAt = entry.Entity.CreatedAt;
                    entry.Entity.UpdatedBy ??= entry.Entity.CreatedBy;
                    entry.Entity.Version = 1;
                    entry.Entity.BeforeSave();
                    entry.Entity.SearchText = entry.Entity.BuildSearchText();
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAt = now;
                    entry.Entity.UpdatedBy = who;
                    entry.Entity.BeforeSave();
                    entry.Entity.SearchText = entry.Entity.BuildSearchText();
                    var version = entry.Property(r => r.Version);
                    if (!version.IsModified)
                    {
                        version.OriginalValue = entry.Entity.Version;
                        version.CurrentValue = entry.Entity.Version + 1;
                        version.IsModified = true;
                    }

                    break;
            }
        }
    }
}
