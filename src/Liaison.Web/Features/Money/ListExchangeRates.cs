using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Money;

public sealed class ExchangeRateQuery
{
    public string? Currency { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

public sealed record ExchangeRateRow(string CurrencyCode, DateOnly Date, decimal DongPerUnit, DateTime UpdatedAt, string? UpdatedBy);

/// <summary>The exchange-rate table, newest first; everyone signed in may read it, since every total cites it.</summary>
public sealed class ListExchangeRatesHandler(AppDbContext db)
{
    public async Task<Paged<ExchangeRateRow>> HandleAsync(ExchangeRateQuery query, CancellationToken ct = default)
    {
        var rates = db.Set<ExchangeRate>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Currency))
        {
            var code = query.Currency.Trim().ToUpperInvariant();
            rates = rates.Where(r => r.CurrencyCode == code);
        }

        if (query.From is { } from)
        {
            rates = rates.Where(r => r.Date >= from);
        }

        if (query.To is { } to)
        {
            rates = rates.Where(r => r.Date <= to);
        }

        var page = Math.Max(1, query.Page ?? 1);
        var size = Math.Clamp(query.PageSize ?? 50, 1, ListQuery.MaxPageSize);
        var total = await rates.CountAsync(ct);
        var items = await rates.OrderByDescending(r => r.Date).ThenBy(r => r.CurrencyCode).Skip((page - 1) * size).Take(size)
            .Select(r => new ExchangeRateRow(r.CurrencyCode, r.Date, r.DongPerUnit, r.UpdatedAt, r.UpdatedBy)).ToListAsync(ct);
        return new Paged<ExchangeRateRow>(items, total, page, size);
    }
}
