using Liaison.Web.Features.Money;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Investment;

public sealed class InvestmentListQuery : ListQuery
{
    public InvestmentStatus? Status { get; set; }

    public InvestmentSector? Sector { get; set; }

    /// <summary>The investor's country.</summary>
    public string? Country { get; set; }

    public int? InvestorId { get; set; }

    /// <summary>Licensed from this date…</summary>
    public DateOnly? From { get; set; }

    /// <summary>…to this one.</summary>
    public DateOnly? To { get; set; }

    /// <summary>The currency the capital total is shown in; USD unless told, as FDI is reported.</summary>
    public string? Currency { get; set; }
}

public sealed record InvestmentRow(
    int Id,
    string Name,
    string InvestorName,
    string CountryCode,
    InvestmentSector Sector,
    DateOnly CertificateDate,
    decimal CurrentCapital,
    string Currency,
    int? JobsCreated,
    InvestmentStatus Status,
    bool IsArchived,
    bool IsDemo);

/// <param name="Capital">The registered capital of every matching project, each amount at the rate of its certificate's date.</param>
/// <param name="ByCountry">The same capital by the investor's country.</param>
/// <param name="BySector">The same capital by sector.</param>
public sealed record InvestmentList(Paged<InvestmentRow> Page, ConvertedTotal Capital, long Jobs, IReadOnlyList<Breakdown> ByCountry, IReadOnlyList<Breakdown> BySector);

/// <summary>
/// One part of a project's capital as the list sums it: the project's certificate date, country and sector, the amount
/// at its own date, and the jobs the registration created (none for an adjustment).
/// </summary>
internal sealed record CapitalAmount(DateOnly CertificateDate, string CountryCode, InvestmentSector Sector, DatedAmount Amount, int Jobs);

public sealed class ListInvestmentsHandler(AppDbContext db, ConvertMoneyHandler convert)
{
    public async Task<InvestmentList> HandleAsync(InvestmentListQuery query, CancellationToken ct = default)
    {
        var projects = Filter(db.Set<InvestmentProject>().AsNoTracking(), query);
        var total = await projects.CountAsync(ct);
        var page = await ListQuery.PageOf(Sort(projects, query).ThenByDescending(p => p.Id), query)
            .Include(p => p.Adjustments).Include(p => p.Investor).AsSplitQuery().ToListAsync(ct);
        var rows = page.Select(p => new InvestmentRow(
            p.Id, p.Name, p.Investor?.NameEn ?? string.Empty, p.CountryCode, p.Sector, p.CertificateDate,
            Currencies.Normalize(p.CurrentCapital), p.Currency, p.JobsCreated, p.Status, p.IsArchived, p.IsDemo)).ToList();

        // Every registration and adjustment is converted at its own date; SQLite can't sum decimals, so the sums are made here.
        var amounts = await CapitalAmountsAsync(db, projects, ct);
        var target = Currencies.IsKnown(query.Currency?.ToUpperInvariant()) ? query.Currency!.ToUpperInvariant() : Currencies.Dollar;
        var rates = await convert.RatesForAsync(amounts.Select(a => a.Amount).ToList(), target, ct);
        var capital = rates.Total(amounts.Select(a => a.Amount));
        var byCountry = rates.TotalsBy(amounts.Select(a => (a.CountryCode, a.Amount)));
        var bySector = rates.TotalsBy(amounts.Select(a => (a.Sector.ToString(), a.Amount)));
        return new InvestmentList(new Paged<InvestmentRow>(rows, total, query.SafePage, query.SafePageSize), capital, amounts.Sum(a => (long)a.Jobs), byCountry, bySector);
    }

    /// <summary>
    /// The capital of every matching project as amounts each at its own date: the registration at the certificate's date,
    /// then each adjustment at its date. The list's totals and the period report's FDI capital are both sums of these.
    /// </summary>
    internal static async Task<List<CapitalAmount>> CapitalAmountsAsync(AppDbContext db, IQueryable<InvestmentProject> projects, CancellationToken ct)
    {
        var registered = await projects.Select(p => new { p.RegisteredAmount, p.Currency, p.CertificateDate, p.JobsCreated, p.CountryCode, p.Sector }).ToListAsync(ct);
        var adjustments = await db.Set<CapitalAdjustment>().AsNoTracking()
            .Join(projects, a => a.InvestmentProjectId, p => p.Id, (a, p) => new { a.Amount, p.Currency, a.Date, p.CertificateDate, p.CountryCode, p.Sector }).ToListAsync(ct);
        return [.. registered.Select(r => new CapitalAmount(r.CertificateDate, r.CountryCode, r.Sector, new DatedAmount(r.RegisteredAmount, r.Currency, r.CertificateDate), r.JobsCreated ?? 0)),
            .. adjustments.Select(a => new CapitalAmount(a.CertificateDate, a.CountryCode, a.Sector, new DatedAmount(a.Amount, a.Currency, a.Date), 0))];
    }

    internal static IQueryable<InvestmentProject> Filter(IQueryable<InvestmentProject> projects, InvestmentListQuery query)
    {
        projects = query.InProvinces(projects);
        projects = projects.Where(p => query.IsArchived ? p.ArchivedAt != null : p.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            projects = projects.Where(p => p.SearchText.Contains(text));
        }

        if (query.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (query.Sector is { } sector)
        {
            projects = projects.Where(p => p.Sector == sector);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            projects = projects.Where(p => p.CountryCode == query.Country);
        }

        if (query.InvestorId is { } investorId)
        {
            projects = projects.Where(p => p.InvestorId == investorId);
        }

        if (query.From is { } from)
        {
            projects = projects.Where(p => p.CertificateDate >= from);
        }

        if (query.To is { } to)
        {
            projects = projects.Where(p => p.CertificateDate <= to);
        }

        return projects;
    }

    internal static IOrderedQueryable<InvestmentProject> Sort(IQueryable<InvestmentProject> projects, InvestmentListQuery query) => (query.Sort, query.IsDesc) switch
    {
        ("name", false) => projects.OrderBy(p => p.Name),
        ("name", true) => projects.OrderByDescending(p => p.Name),
        ("status", false) => projects.OrderBy(p => p.Status),
        ("status", true) => projects.OrderByDescending(p => p.Status),
        ("country", false) => projects.OrderBy(p => p.CountryCode),
        ("country", true) => projects.OrderByDescending(p => p.CountryCode),
        ("date", false) => projects.OrderBy(p => p.CertificateDate),
        _ => projects.OrderByDescending(p => p.CertificateDate),
    };
}

/// <summary>The FDI list as CSV with the same filters: capital as registered first and with its currency.</summary>
public sealed class ExportInvestmentsHandler(AppDbContext db)
{
    public Task WriteAsync(InvestmentListQuery query, HttpResponse response)
    {
        var rows = ListInvestmentsHandler.Sort(ListInvestmentsHandler.Filter(db.Set<InvestmentProject>().AsNoTracking(), query), query).ThenByDescending(p => p.Id)
            .Take(CsvExport.MaxRows)
            .Select(p => new { p.Id, p.Name, Investor = p.Investor!.NameEn, p.CountryCode, p.Sector, p.CertificateNumber, p.CertificateDate, p.RegisteredAmount, p.Currency, p.Status, p.Location, p.JobsCreated })
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "investment-projects.csv",
            ["id", "name", "investor", "country_code", "sector", "certificate_number", "certificate_date", "registered_capital", "currency", "status", "location", "jobs_created"],
            rows,
            p => [CsvExport.Number(p.Id), p.Name, p.Investor, p.CountryCode, p.Sector.ToString(), p.CertificateNumber, CsvExport.Date(p.CertificateDate),
                Currencies.Normalize(p.RegisteredAmount).ToString(System.Globalization.CultureInfo.InvariantCulture), p.Currency, p.Status.ToString(), p.Location, CsvExport.Number(p.JobsCreated)]);
    }
}
