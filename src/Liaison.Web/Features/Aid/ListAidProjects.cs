using Liaison.Web.Features.Money;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Aid;

public sealed class AidListQuery : ListQuery
{
    public AidStatus? Status { get; set; }

    public AidForm? Form { get; set; }

    /// <summary>A partner taking part in any role (usually the donor).</summary>
    public int? PartnerId { get; set; }

    /// <summary>A DAC sector code.</summary>
    public string? Sector { get; set; }

    /// <summary>Projects planned to start from this date…</summary>
    public DateOnly? From { get; set; }

    /// <summary>…to this one.</summary>
    public DateOnly? To { get; set; }

    /// <summary>The currency the totals are shown in; VND unless told.</summary>
    public string? Currency { get; set; }
}

public sealed record AidRow(
    int Id,
    string Title,
    AidForm Form,
    AidStatus Status,
    string? Donors,
    DateOnly PlannedStart,
    DateOnly? PlannedEnd,
    decimal? ValueAmount,
    string? ValueCurrency,
    bool IsArchived,
    bool IsDemo);

/// <summary>One line of an aid breakdown: what the projects under a donor, sector, year or place committed and disbursed.</summary>
/// <param name="Projects">How many projects have money on this line.</param>
public sealed record AidBreakdown(string Key, ConvertedTotal Committed, ConvertedTotal Disbursed, int Projects);

/// <summary>
/// The list's page, what every matching project committed and disbursed in one currency, and both broken down by
/// donor (a co-funded project counts under each donor), by DAC sector (shared out by the sectors' percentages),
/// by year of the transaction and by place (shared equally among a project's places).
/// </summary>
public sealed record AidList(
    Paged<AidRow> Page, ConvertedTotal Committed, ConvertedTotal Disbursed,
    IReadOnlyList<AidBreakdown> ByDonor, IReadOnlyList<AidBreakdown> BySector, IReadOnlyList<AidBreakdown> ByYear, IReadOnlyList<AidBreakdown> ByPlace);

public sealed class ListAidProjectsHandler(AppDbContext db, ConvertMoneyHandler convert)
{
    public async Task<AidList> HandleAsync(AidListQuery query, CancellationToken ct = default)
    {
        var projects = Filter(db.Set<AidProject>().AsNoTracking(), query);
        var total = await projects.CountAsync(ct);
        var rows = await ListQuery.PageOf(Sort(projects, query).ThenByDescending(a => a.Id), query)
            .Select(a => new AidRow(
                a.Id, a.Title, a.Form, a.Status,
                string.Join(", ", a.Participants.Where(p => p.Role == ParticipantRole.Funding).OrderBy(p => p.Id).Select(p => p.Name)),
                a.PlannedStart, a.PlannedEnd, a.ValueAmount, a.ValueCurrency, a.ArchivedAt != null, a.IsDemo))
            .ToListAsync(ct);

        var target = Currencies.IsKnown(query.Currency?.ToUpperInvariant()) ? query.Currency!.ToUpperInvariant() : Currencies.Dong;
        var money = (await projects.SelectMany(a => a.Transactions)
            .Where(t => t.Kind == AidTransactionKind.Commitment || t.Kind == AidTransactionKind.Disbursement)
            .Select(t => new { t.AidProjectId, t.Kind, t.Amount, t.Currency, t.Date })
            .ToListAsync(ct))
            .Select(t => new Money(t.AidProjectId, t.Kind, new DatedAmount(t.Amount, t.Currency, t.Date)))
            .ToList();
        var rates = await convert.RatesForAsync(money.Select(m => m.Amount).ToList(), target, ct);
        var committed = rates.Total(money.Where(m => m.Kind == AidTransactionKind.Commitment).Select(m => m.Amount));
        var disbursed = rates.Total(money.Where(m => m.Kind == AidTransactionKind.Disbursement).Select(m => m.Amount));

        // Looked up by project, not searched per transaction: the list can hold every project of the country.
        var donors = (await db.Set<AidParticipant>().AsNoTracking().Where(p => p.Role == ParticipantRole.Funding)
            .Join(projects, p => p.AidProjectId, a => a.Id, (p, a) => new { p.AidProjectId, p.Name }).ToListAsync(ct))
            .ToLookup(d => d.AidProjectId, d => d.Name);
        var sectors = (await db.Set<AidSector>().AsNoTracking()
            .Join(projects, s => s.AidProjectId, a => a.Id, (s, a) => new { s.AidProjectId, s.Code, s.Percentage }).ToListAsync(ct))
            .ToLookup(s => s.AidProjectId, s => (Key: $"{s.Code} {DacSectors.NameOf(s.Code)}", Share: s.Percentage / 100m));
        var places = (await db.Set<AidPlace>().AsNoTracking()
            .Join(projects, p => p.AidProjectId, a => a.Id, (p, a) => new { p.AidProjectId, p.Name }).ToListAsync(ct))
            .ToLookup(p => p.AidProjectId, p => p.Name);

        var byDonor = By(rates, money, m => donors[m.ProjectId].DefaultIfEmpty("No donor named").Select(name => (name, 1m)));
        var bySector = By(rates, money, m => sectors[m.ProjectId].DefaultIfEmpty(("No sector", 1m)));
        var byYear = By(rates, money, m => [(m.Amount.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), 1m)])
            .OrderBy(b => b.Key, StringComparer.Ordinal).ToList();
        var byPlace = By(rates, money, m =>
        {
            var named = places[m.ProjectId].Distinct(StringComparer.Ordinal).ToList();
            return named.Count == 0 ? [("No place named", 1m)] : named.Select(name => (name, 1m / named.Count));
        });
        return new AidList(new Paged<AidRow>(rows, total, query.SafePage, query.SafePageSize), committed, disbursed, byDonor, bySector, byYear, byPlace);
    }

    private sealed record Money(int ProjectId, AidTransactionKind Kind, DatedAmount Amount);

    /// <summary>
    /// Puts each transaction under the lines <paramref name="linesOf"/> names, with the share of it each takes, and
    /// totals every line's commitments and disbursements with one book of rates; the most disbursed first.
    /// </summary>
    private static List<AidBreakdown> By(RateBook rates, List<Money> money, Func<Money, IEnumerable<(string Key, decimal Share)>> linesOf) =>
        money.SelectMany(m => linesOf(m).Select(line => (line.Key, m.ProjectId, m.Kind, Amount: m.Amount with { Amount = m.Amount.Amount * line.Share })))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => new AidBreakdown(
                g.Key,
                rates.Total(g.Where(x => x.Kind == AidTransactionKind.Commitment).Select(x => x.Amount)),
                rates.Total(g.Where(x => x.Kind == AidTransactionKind.Disbursement).Select(x => x.Amount)),
                g.Select(x => x.ProjectId).Distinct().Count()))
            .OrderByDescending(b => b.Disbursed.Amount ?? decimal.MaxValue)
            .ThenByDescending(b => b.Committed.Amount ?? decimal.MaxValue)
            .ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();

    internal static IQueryable<AidProject> Filter(IQueryable<AidProject> projects, AidListQuery query)
    {
        projects = query.InProvinces(projects);
        projects = projects.Where(a => query.IsArchived ? a.ArchivedAt != null : a.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            projects = projects.Where(a => a.SearchText.Contains(text));
        }

        if (query.Status is { } status)
        {
            projects = projects.Where(a => a.Status == status);
        }

        if (query.Form is { } form)
        {
            projects = projects.Where(a => a.Form == form);
        }

        if (query.PartnerId is { } partnerId)
        {
            projects = projects.Where(a => a.Participants.Any(p => p.PartnerId == partnerId));
        }

        if (!string.IsNullOrWhiteSpace(query.Sector))
        {
            projects = projects.Where(a => a.Sectors.Any(s => s.Code == query.Sector));
        }

        if (query.From is { } from)
        {
            projects = projects.Where(a => a.PlannedStart >= from);
        }

        if (query.To is { } to)
        {
            projects = projects.Where(a => a.PlannedStart <= to);
        }

        return projects;
    }

    internal static IOrderedQueryable<AidProject> Sort(IQueryable<AidProject> projects, AidListQuery query) => (query.Sort, query.IsDesc) switch
    {
        ("title", false) => projects.OrderBy(a => a.Title),
        ("title", true) => projects.OrderByDescending(a => a.Title),
        ("status", false) => projects.OrderBy(a => a.Status),
        ("status", true) => projects.OrderByDescending(a => a.Status),
        ("start", false) => projects.OrderBy(a => a.PlannedStart),
        _ => projects.OrderByDescending(a => a.PlannedStart),
    };
}

/// <summary>The aid list as CSV, with the same filters; the value in its own currency, never a bare number.</summary>
public sealed class ExportAidProjectsHandler(AppDbContext db)
{
    public Task WriteAsync(AidListQuery query, HttpResponse response)
    {
        var rows = ListAidProjectsHandler.Sort(ListAidProjectsHandler.Filter(db.Set<AidProject>().AsNoTracking(), query), query).ThenByDescending(a => a.Id)
            .Take(CsvExport.MaxRows)
            .Select(a => new
            {
                a.Id, a.Title, a.Form, a.Status, a.PlannedStart, a.PlannedEnd, a.DecisionNumber, a.DecisionDate, a.ValueAmount, a.ValueCurrency,
                Donors = string.Join("; ", a.Participants.Where(p => p.Role == ParticipantRole.Funding).Select(p => p.Name)),
                Sectors = string.Join("; ", a.Sectors.Select(s => s.Code + " " + s.Percentage.ToString())),
            })
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "aid-projects.csv",
            ["id", "title", "form", "status", "planned_start", "planned_end", "decision_number", "decision_date", "value", "value_currency", "donors", "sectors"],
            rows,
            a => [CsvExport.Number(a.Id), a.Title, a.Form.ToString(), a.Status.ToString(), CsvExport.Date(a.PlannedStart), CsvExport.Date(a.PlannedEnd), a.DecisionNumber,
                CsvExport.Date(a.DecisionDate), a.ValueAmount?.ToString(System.Globalization.CultureInfo.InvariantCulture), a.ValueCurrency, a.Donors, a.Sectors]);
    }
}
