using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Money;

/// <summary>An amount in its own currency on the date it was committed, paid or spent.</summary>
public readonly record struct DatedAmount(decimal Amount, string Currency, DateOnly Date);

/// <summary>A rate a conversion used: which currency, the earliest date it was asked for, and the date of the rate found.</summary>
public sealed record RateUsed(string Currency, DateOnly For, DateOnly RateDate, decimal DongPerUnit);

/// <summary>A rate a conversion needed and didn't find.</summary>
public sealed record MissingRate(string Currency, DateOnly For)
{
    public override string ToString() =>
        $"{Currency} on {For:yyyy-MM-dd} (no rate that day or in the {ConvertMoneyHandler.MaxRateAgeDays} days before)";
}

/// <summary>One line of a breakdown: its key (a donor's name, a country code, a year), its total, and how many amounts made it.</summary>
public sealed record Breakdown(string Key, ConvertedTotal Total, int Count);

/// <param name="Amount">The total, rounded to the currency's unit; null when a rate is missing.</param>
public sealed record ConvertedTotal(decimal? Amount, string Currency, IReadOnlyList<RateUsed> RatesUsed, IReadOnlyList<MissingRate> Missing)
{
    public bool IsComplete => Missing.Count == 0;

    /// <summary>What a page says under a total: the rates behind it, or which are missing.</summary>
    public string Explanation
    {
        get
        {
            if (!IsComplete)
            {
                var missing = Missing.Distinct().ToList();
                return "Can't be totalled: no exchange rate for " + string.Join("; ", missing.Take(5)) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : string.Empty)
                    + ". An administrator can add them under Exchange rates.";
            }

            var rates = RatesUsed.DistinctBy(r => (r.Currency, r.RateDate)).OrderBy(r => r.RateDate).ThenBy(r => r.Currency, StringComparer.Ordinal).ToList();
            return rates.Count switch
            {
                0 => "No conversion needed.",
                <= 5 => "Converted at " + string.Join("; ", rates.Select(r => $"{r.Currency} {r.DongPerUnit.ToString("#,##0.########", System.Globalization.CultureInfo.InvariantCulture)} VND ({r.RateDate:yyyy-MM-dd})")) + ".",
                _ => $"Converted at {rates.Count} rates of {string.Join(", ", rates.Select(r => r.Currency).Distinct().Order(StringComparer.Ordinal))} from {rates[0].RateDate:yyyy-MM-dd} to {rates[^1].RateDate:yyyy-MM-dd}, each transaction at the rate of its date.",
            };
        }
    }
}

/// <summary>
/// Totals amounts of several currencies in one, each at the rate of its own date: the rate of that day, or
/// else the latest one in the month before it (rates are often kept monthly). Older than that is a guess, so
/// the total is refused and names the rate that is missing. Amounts are summed unrounded and the total
/// is rounded once, to the target currency's unit.
/// </summary>
public sealed class ConvertMoneyHandler(AppDbContext db)
{
    public const int MaxRateAgeDays = 31;

    public async Task<ConvertedTotal> TotalAsync(IReadOnlyCollection<DatedAmount> amounts, string target, CancellationToken ct = default) =>
        (await RatesForAsync(amounts, target, ct)).Total(amounts);

    /// <summary>
    /// The rates that the given amounts can need, read once: a page that shows several totals and breakdowns of
    /// the same amounts asks the table one time, not once per total.
    /// </summary>
    public async Task<RateBook> RatesForAsync(IReadOnlyCollection<DatedAmount> amounts, string target, CancellationToken ct = default)
    {
        var needed = amounts.Select(a => a.Currency).Append(target).Where(c => c != Currencies.Dong).Distinct().ToList();
        if (needed.Count == 0 || amounts.Count == 0)
        {
            return new RateBook(target, new Dictionary<string, List<ExchangeRate>>(StringComparer.Ordinal));
        }

        var from = amounts.Min(a => a.Date).AddDays(-MaxRateAgeDays);
        var to = amounts.Max(a => a.Date);
        var rows = await db.Set<ExchangeRate>().AsNoTracking()
            .Where(r => needed.Contains(r.CurrencyCode) && r.Date >= from && r.Date <= to)
            .ToListAsync(ct);
        return new RateBook(target, rows.GroupBy(r => r.CurrencyCode).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).ToList(), StringComparer.Ordinal));
    }
}

/// <summary>Rates read for a set of amounts, to total any part of them in one currency without reading the table again.</summary>
public sealed class RateBook
{
    private readonly Dictionary<string, List<ExchangeRate>> _rates;

    internal RateBook(string target, Dictionary<string, List<ExchangeRate>> rates)
    {
        Target = target;
        _rates = rates;
    }

    public string Target { get; }

    public ConvertedTotal Total(IEnumerable<DatedAmount> amounts) => Sum(amounts, Target, _rates);

    /// <summary>One total per key, largest first.</summary>
    public IReadOnlyList<Breakdown> TotalsBy(IEnumerable<(string Key, DatedAmount Amount)> items) =>
        items.GroupBy(i => i.Key, StringComparer.Ordinal)
            .Select(g => new Breakdown(g.Key, Total(g.Select(i => i.Amount)), g.Count()))
            .OrderByDescending(b => b.Total.Amount ?? decimal.MaxValue).ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();

    private static ConvertedTotal Sum(IEnumerable<DatedAmount> amounts, string target, Dictionary<string, List<ExchangeRate>> rates)
    {
        // Each rate once, with the earliest date it served: a national total of 150,000 transactions rests on some
        // 1,300 rates, and one entry per transaction made the report's answer 16 MB.
        var used = new Dictionary<(string Currency, DateOnly RateDate), RateUsed>();
        var missing = new List<MissingRate>();
        decimal total = 0;
        foreach (var amount in amounts)
        {
            if (amount.Currency == target)
            {
                total += amount.Amount;
                continue;
            }

            var fromRate = DongPerUnit(amount.Currency, amount.Date);
            var toRate = DongPerUnit(target, amount.Date);
            if (fromRate is { } f && toRate is { } t)
            {
                total += amount.Amount * f / t;
            }
        }

        var usedInOrder = used.Values.OrderBy(r => r.RateDate).ThenBy(r => r.Currency, StringComparer.Ordinal).ToList();
        return new ConvertedTotal(missing.Count == 0 ? Currencies.Round(total, target) : null, target, usedInOrder, missing.Distinct().ToList());

        decimal? DongPerUnit(string currency, DateOnly date)
        {
            if (currency == Currencies.Dong)
            {
                return 1m;
            }

            var rate = rates.TryGetValue(currency, out var list) ? LatestOnOrBefore(list, date) : null;
            if (rate is null || rate.Date < date.AddDays(-ConvertMoneyHandler.MaxRateAgeDays))
            {
                missing.Add(new MissingRate(currency, date));
                return null;
            }

            var key = (currency, rate.Date);
            if (!used.TryGetValue(key, out var earlier) || date < earlier.For)
            {
                used[key] = new RateUsed(currency, date, rate.Date, rate.DongPerUnit);
            }

            return rate.DongPerUnit;
        }
    }

    /// <summary>
    /// The last rate dated on or before the day, in a list ordered by date: a binary search, where scanning the list
    /// for each amount made a national report's totals take seconds.
    /// </summary>
    private static ExchangeRate? LatestOnOrBefore(List<ExchangeRate> byDate, DateOnly day)
    {
        int low = 0, high = byDate.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (byDate[middle].Date <= day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low == 0 ? null : byDate[low - 1];
    }
}
