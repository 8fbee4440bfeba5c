using Liaison.Web.Features.Money;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Trade;

public sealed class TradeListQuery : ListQuery
{
    public TradeDirection? Direction { get; set; }

    public string? Country { get; set; }

    public TradePeriod? Period { get; set; }

    /// <summary>Periods starting from this date…</summary>
    public DateOnly? From { get; set; }

    /// <summary>…to this one.</summary>
    public DateOnly? To { get; set; }

    /// <summary>The currency the totals are shown in; USD unless told, as trade is reported.</summary>
    public string? Currency { get; set; }
}

public sealed record TradeRow(int Id, TradePeriod Period, DateOnly PeriodStart, string CountryCode, TradeDirection Direction, decimal Amount, string Currency, string? Gate, string? CommodityGroup, bool IsArchived, bool IsDemo);

/// <summary>Exports and imports of one year, in one currency.</summary>
public sealed record TradeYear(int Year, ConvertedTotal Exports, ConvertedTotal Imports);

/// <param name="ByCountry">Exports and imports together (or the direction filtered on) by partner country.</param>
/// <param name="ByGate">The same by border gate or seaport; figures that name none are "No gate named".</param>
public sealed record TradeList(Paged<TradeRow> Page, ConvertedTotal Exports, ConvertedTotal Imports, IReadOnlyList<TradeYear> ByYear,
    IReadOnlyList<Breakdown> ByCountry, IReadOnlyList<Breakdown> ByGate);

/// <summary>One trade figure's amount as the list sums it: its direction, the first day of its period, its partner country and gate.</summary>
internal sealed record TradeAmount(TradeDirection Direction, DateOnly PeriodStart, string CountryCode, string? Gate, DatedAmount Amount);

/// <summary>
/// Trade figures, and what they add up to: each figure converted at the rate of its period's last day (the
/// value is what the period came to), summed by direction and by year.
/// </summary>
public sealed class ListTradeHandler(AppDbContext db, ConvertMoneyHandler convert)
{
    public async Task<TradeList> HandleAsync(TradeListQuery query, CancellationToken ct = default)
    {
        var figures = Filter(db.Set<TradeFigure>().AsNoTracking(), query);
        var total = await figures.CountAsync(ct);
        var rows = await ListQuery.PageOf(Sort(figures, query).ThenByDescending(t => t.Id), query)
            .Select(t => new TradeRow(t.Id, t.Period, t.PeriodStart, t.CountryCode, t.Direction, t.Amount, t.Currency, t.Gate, t.CommodityGroup, t.ArchivedAt != null, t.IsDemo))
            .ToListAsync(ct);
        rows = rows.Select(r => r with { Amount = Currencies.Normalize(r.Amount) }).ToList();

        var dated = await AmountsAsync(figures, ct);
        var target = Currencies.IsKnown(query.Currency?.ToUpperInvariant()) ? query.Currency!.ToUpperInvariant() : Currencies.Dollar;
        var rates = await convert.RatesForAsync(dated.Select(d => d.Amount).ToList(), target, ct);
        ConvertedTotal Sum(TradeDirection direction, int? year = null) =>
            rates.Total(dated.Where(d => d.Direction == direction && (year is null || d.PeriodStart.Year == year)).Select(d => d.Amount));

        return new TradeList(
            new Paged<TradeRow>(rows, total, query.SafePage, query.SafePageSize),
            Sum(TradeDirection.Export),
            Sum(TradeDirection.Import),
            dated.Select(d => d.PeriodStart.Year).Distinct().Order().Select(year => new TradeYear(year, Sum(TradeDirection.Export, year), Sum(TradeDirection.Import, year))).ToList(),
            rates.TotalsBy(dated.Select(d => (d.CountryCode, d.Amount))),
            rates.TotalsBy(dated.Select(d => (d.Gate ?? "No gate named", d.Amount))));
    }

    /// <summary>
    /// Every matching figure's amount, dated the last day of its period (the rate it is converted at), with what the
    /// list sums it by. The list's totals and the period report's trade figures are both sums of these.
    /// </summary>
    internal static async Task<List<TradeAmount>> AmountsAsync(IQueryable<TradeFigure> figures, CancellationToken ct) =>
        [.. (await figures.Select(t => new { t.Period, t.PeriodStart, t.Direction, t.Amount, t.Currency, t.CountryCode, t.Gate }).ToListAsync(ct))
            .Select(t => new TradeAmount(t.Direction, t.PeriodStart, t.CountryCode, t.Gate, new DatedAmount(t.Amount, t.Currency, TradeFigure.EndOf(t.Period, t.PeriodStart))))];

    internal static IQueryable<TradeFigure> Filter(IQueryable<TradeFigure> figures, TradeListQuery query)
    {
        figures = query.InProvinces(figures);
        figures = figures.Where(t => query.IsArchived ? t.ArchivedAt != null : t.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            figures = figures.Where(t => t.SearchText.Contains(text));
        }

        if (query.Direction is { } direction)
        {
            figures = figures.Where(t => t.Direction == direction);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            figures = figures.Where(t => t.CountryCode == query.Country);
        }

        if (query.Period is { } period)
        {
            figures = figures.Where(t => t.Period == period);
        }

        if (query.From is { } from)
        {
            figures = figures.Where(t => t.PeriodStart >= from);
        }

        if (query.To is { } to)
        {
            figures = figures.Where(t => t.PeriodStart <= to);
        }

        return figures;
    }

    internal static IOrderedQueryable<TradeFigure> Sort(IQueryable<TradeFigure> figures, TradeListQuery query) => (query.Sort, query.IsDesc) switch
    {
        ("country", false) => figures.OrderBy(t => t.CountryCode),
        ("country", true) => figures.OrderByDescending(t => t.CountryCode),
        ("direction", false) => figures.OrderBy(t => t.Direction),
        ("direction", true) => figures.OrderByDescending(t => t.Direction),
        ("period", false) => figures.OrderBy(t => t.PeriodStart),
        _ => figures.OrderByDescending(t => t.PeriodStart),
    };
}

public sealed record TradeDetails(int Id, TradePeriod Period, DateOnly PeriodStart, DateOnly PeriodEnd, string CountryCode, TradeDirection Direction, decimal Amount, string Currency,
    string? Gate, string? CommodityGroup, string? Source, bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public TradeInput ToInput() => new()
    {
        Period = Period, PeriodStart = PeriodStart, CountryCode = CountryCode, Direction = Direction, Amount = Amount, Currency = Currency,
        Gate = Gate, CommodityGroup = CommodityGroup, Source = Source, Version = Version,
    };
}

public sealed class GetTradeFigureHandler(AppDbContext db)
{
    public async Task<Result<TradeDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var t = await db.Set<TradeFigure>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return t is null
            ? Failures.NotFound("The trade figure")
            : new TradeDetails(t.Id, t.Period, t.PeriodStart, t.PeriodEnd, t.CountryCode, t.Direction, Currencies.Normalize(t.Amount), t.Currency,
                t.Gate, t.CommodityGroup, t.Source, t.IsArchived, t.IsDemo, t.Version, t.UpdatedAt, t.UpdatedBy);
    }
}

/// <summary>The trade figures as CSV, with the same filters.</summary>
public sealed class ExportTradeHandler(AppDbContext db)
{
    public Task WriteAsync(TradeListQuery query, HttpResponse response)
    {
        var rows = ListTradeHandler.Sort(ListTradeHandler.Filter(db.Set<TradeFigure>().AsNoTracking(), query), query).ThenByDescending(t => t.Id)
            .Take(CsvExport.MaxRows)
            .Select(t => new { t.Id, t.Period, t.PeriodStart, t.CountryCode, t.Direction, t.Amount, t.Currency, t.Gate, t.CommodityGroup, t.Source })
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "trade.csv",
            ["id", "period", "period_start", "country_code", "direction", "value", "currency", "gate", "commodity_group", "source"],
            rows,
            t => [CsvExport.Number(t.Id), t.Period.ToString(), CsvExport.Date(t.PeriodStart), t.CountryCode, t.Direction.ToString(),
                Currencies.Normalize(t.Amount).ToString(System.Globalization.CultureInfo.InvariantCulture), t.Currency, t.Gate, t.CommodityGroup, t.Source]);
    }
}
