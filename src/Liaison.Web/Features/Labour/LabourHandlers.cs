using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Labour;

public sealed record SeasonView(int Year, string? Label, int WorkersSent, int ReturnedOnTime, int StayedIllegally, decimal? AverageMonthlyIncome, string? IncomeCurrency);

public sealed record LabourDetails(
    int Id, string Title, int PartnerId, string PartnerName, int? AgreementId, string? AgreementTitle, string? Description,
    IReadOnlyList<SeasonView> Seasons, int WorkersSent, int ReturnedOnTime, int StayedIllegally,
    bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public LabourInput ToInput() => new()
    {
        Title = Title, PartnerId = PartnerId, AgreementId = AgreementId, Description = Description, Version = Version,
        Seasons = Seasons.Select(s => new SeasonInput
        {
            Year = s.Year, Label = s.Label, WorkersSent = s.WorkersSent, ReturnedOnTime = s.ReturnedOnTime, StayedIllegally = s.StayedIllegally,
            AverageMonthlyIncome = s.AverageMonthlyIncome, IncomeCurrency = s.IncomeCurrency,
        }).ToList(),
    };
}

public sealed record LabourRow(int Id, string Title, string PartnerName, int Seasons, int WorkersSent, int ReturnedOnTime, int StayedIllegally, bool IsArchived, bool IsDemo);

public sealed class LabourListQuery : ListQuery
{
    /// <summary>Seasons of this date's year and after: a season is dated by its year only.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Seasons of this date's year and before.</summary>
    public DateOnly? To { get; set; }

    public int FirstYear => From?.Year ?? int.MinValue;

    public int LastYear => To?.Year ?? int.MaxValue;

    public bool HasYears => From is not null || To is not null;
}

/// <summary>Registers a labour programme; kept by officers and leaders.</summary>
public sealed class CreateLabourProgrammeHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(LabourInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var programme = new LabourProgramme { ProvinceId = user.ProvinceId!.Value, Title = string.Empty };
        input.ApplyTo(programme);
        db.Add(programme);
        await db.SaveChangesAsync(ct);
        return programme.Id;
    }
}

public sealed class UpdateLabourProgrammeHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int id, LabourInput input, CancellationToken ct = default)
    {
        var programme = await db.Set<LabourProgramme>().Include(p => p.Seasons).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null)
        {
            return Failures.NotFound("The labour programme");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, programme, input.Version, () => new LabourProgramme { Title = string.Empty }, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(programme);
        db.ExpectVersion(programme, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return programme.Id;
    }
}

public sealed class GetLabourProgrammeHandler(AppDbContext db)
{
    public async Task<Result<LabourDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var p = await db.Set<LabourProgramme>().AsNoTracking().Include(x => x.Seasons).Include(x => x.Partner).Include(x => x.Agreement)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return Failures.NotFound("The labour programme");
        }

        var seasons = p.Seasons.OrderBy(s => s.Year).ThenBy(s => s.Id)
            .Select(s => new SeasonView(s.Year, s.Label, s.WorkersSent, s.ReturnedOnTime, s.StayedIllegally, s.AverageMonthlyIncome is { } m ? Currencies.Normalize(m) : null, s.IncomeCurrency))
            .ToList();
        return new LabourDetails(p.Id, p.Title, p.PartnerId, p.Partner?.NameEn ?? string.Empty, p.AgreementId, p.Agreement?.Title, p.Description, seasons,
            seasons.Sum(s => s.WorkersSent), seasons.Sum(s => s.ReturnedOnTime), seasons.Sum(s => s.StayedIllegally),
            p.IsArchived, p.IsDemo, p.Version, p.UpdatedAt, p.UpdatedBy);
    }
}

/// <summary>
/// The programmes, each with the sums of its seasons in the years asked for; with years, only the programmes that
/// had a season in them. The totals over every matching programme are what the report counts.
/// </summary>
public sealed class ListLabourProgrammesHandler(AppDbContext db)
{
    public const string WorkersSentTotal = "workersSent";
    public const string ReturnedOnTimeTotal = "returnedOnTime";
    public const string StayedIllegallyTotal = "stayedIllegally";

    public async Task<Paged<LabourRow>> HandleAsync(LabourListQuery query, CancellationToken ct = default)
    {
        var programmes = Filter(db.Set<LabourProgramme>().AsNoTracking(), query);
        var (first, last) = (query.FirstYear, query.LastYear);
        var total = await programmes.CountAsync(ct);
        var seasons = programmes.SelectMany(p => p.Seasons).Where(s => s.Year >= first && s.Year <= last);
        var sums = total == 0
            ? null
            : await seasons.GroupBy(s => 1).Select(g => new { Sent = g.Sum(s => (long)s.WorkersSent), Back = g.Sum(s => (long)s.ReturnedOnTime), Stayed = g.Sum(s => (long)s.StayedIllegally) })
                .FirstOrDefaultAsync(ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("title", true) => programmes.OrderByDescending(p => p.Title),
            _ => programmes.OrderBy(p => p.Title),
        };
        var rows = await ListQuery.PageOf(sorted.ThenBy(p => p.Id), query)
            .Select(p => new LabourRow(p.Id, p.Title, p.Partner!.NameEn,
                p.Seasons.Count(s => s.Year >= first && s.Year <= last),
                p.Seasons.Where(s => s.Year >= first && s.Year <= last).Sum(s => s.WorkersSent),
                p.Seasons.Where(s => s.Year >= first && s.Year <= last).Sum(s => s.ReturnedOnTime),
                p.Seasons.Where(s => s.Year >= first && s.Year <= last).Sum(s => s.StayedIllegally),
                p.ArchivedAt != null, p.IsDemo))
            .ToListAsync(ct);
        return new Paged<LabourRow>(rows, total, query.SafePage, query.SafePageSize, new Dictionary<string, long>
        {
            [WorkersSentTotal] = sums?.Sent ?? 0, [ReturnedOnTimeTotal] = sums?.Back ?? 0, [StayedIllegallyTotal] = sums?.Stayed ?? 0,
        });
    }

    internal static IQueryable<LabourProgramme> Filter(IQueryable<LabourProgramme> programmes, LabourListQuery query)
    {
        programmes = query.InProvinces(programmes).Where(p => query.IsArchived ? p.ArchivedAt != null : p.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            programmes = programmes.Where(p => p.SearchText.Contains(text));
        }

        if (query.HasYears)
        {
            var (first, last) = (query.FirstYear, query.LastYear);
            programmes = programmes.Where(p => p.Seasons.Any(s => s.Year >= first && s.Year <= last));
        }

        return programmes;
    }
}
