using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Money;

public sealed class ExchangeRateInput
{
    [Required(ErrorMessage = "Choose the currency.")]
    public string? CurrencyCode { get; set; }

    [Required(ErrorMessage = "Enter the date of the rate.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter how many dong one unit is worth.")]
    public decimal? DongPerUnit { get; set; }
}

/// <param name="Added">Rates that were new.</param>
/// <param name="Updated">Rates for a currency and date already in the table, now corrected.</param>
public sealed record RatesSaved(int Added, int Updated);

/// <summary>
/// An administrator adds or corrects exchange rates, one from the form or many from a CSV file
/// ("date,currency,dong_per_unit", one rate a line). A file with any bad line changes nothing and says
/// which lines and why. A rate for a currency and date already kept replaces it; the trail keeps the old one.
/// </summary>
public sealed class SaveExchangeRatesHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public const int MaxLines = 50_000;

    public async Task<Result<RatesSaved>> SaveAsync(ExchangeRateInput input, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new ForbiddenFailure("Only an administrator keeps the exchange rates.");
        }

        var errors = new ValidationErrors().CheckAnnotations(input);
        Check(input.CurrencyCode, input.DongPerUnit, input.Date, (field, message) => errors.Add(field, message));
        return errors.Any ? errors.ToFailure() : await UpsertAsync([(input.CurrencyCode!.Trim().ToUpperInvariant(), input.Date!.Value, input.DongPerUnit!.Value)], ct);
    }

    public async Task<Result<RatesSaved>> ImportAsync(TextReader csv, CancellationToken ct = default)
    {
        if (!user.IsInRole(Roles.Administrator))
        {
            return new ForbiddenFailure("Only an administrator keeps the exchange rates.");
        }

        var errors = new ValidationErrors();
        var rates = new List<(string Currency, DateOnly Date, decimal Rate)>();
        var header = await csv.ReadLineAsync(ct);
        if (header is null || !IsHeader(header))
        {
            errors.Add("file", "The first line must name the columns: date,currency,dong_per_unit.");
            return errors.ToFailure();
        }

        var number = 1;
        while (await csv.ReadLineAsync(ct) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (rates.Count >= MaxLines)
            {
                errors.Add("file", $"The file has more than {MaxLines:N0} rates; split it.");
                break;
            }

            var fields = Reference.Csv.SplitLine(line.Trim());
            DateOnly? date = fields.Count > 0 && DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            decimal? rate = fields.Count > 2 && decimal.TryParse(fields[2].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var r) ? r : null;
            var currency = fields.Count > 1 ? fields[1].Trim().ToUpperInvariant() : null;
            var lineErrors = new List<string>();
            if (fields.Count != 3)
            {
                lineErrors.Add("it must have three values: date, currency, dong per unit");
            }
            else
            {
                if (date is null)
                {
                    lineErrors.Add($"\"{fields[0].Trim()}\" is not a date like 2025-01-31");
                }

                if (rate is null)
                {
                    lineErrors.Add($"\"{fields[2].Trim()}\" is not a number like 25345.5");
                }

                Check(currency, rate, date, (_, message) => lineErrors.Add(message));
            }

            if (lineErrors.Count > 0)
            {
                errors.Add("file", $"Line {number}: {string.Join("; ", lineErrors.Distinct())}.");
            }
            else
            {
                rates.Add((currency!, date!.Value, rate!.Value));
            }
        }

        if (!errors.Any && rates.Count == 0)
        {
            errors.Add("file", "The file has no rates under its first line.");
        }

        var twice = rates.GroupBy(r => (r.Currency, r.Date)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            errors.Add("file", $"The file gives {twice.Key.Currency} on {twice.Key.Date:yyyy-MM-dd} more than once.");
        }

        return errors.Any ? errors.ToFailure() : await UpsertAsync(rates, ct);
    }

    private static bool IsHeader(string line)
    {
        var names = Reference.Csv.SplitLine(line.Trim().TrimStart('\uFEFF')).Select(n => n.Trim().ToLowerInvariant()).ToList();
        return names is ["date", "currency", "dong_per_unit" or "vnd_per_unit" or "rate"];
    }

    private static void Check(string? currency, decimal? rate, DateOnly? date, Action<string, string> error)
    {
        if (!string.IsNullOrWhiteSpace(currency) && !Currencies.IsKnown(currency.Trim().ToUpperInvariant()))
        {
            error(nameof(ExchangeRateInput.CurrencyCode), $"\"{currency.Trim()}\" is not an ISO 4217 currency code");
        }
        else if (string.Equals(currency?.Trim(), Currencies.Dong, StringComparison.OrdinalIgnoreCase))
        {
            error(nameof(ExchangeRateInput.CurrencyCode), "the dong is what rates are given in; it needs no rate");
        }

        if (rate is <= 0 or > 1_000_000_000m)
        {
            error(nameof(ExchangeRateInput.DongPerUnit), "a rate must be more than 0 and at most 1,000,000,000 dong");
        }

        if (date is { } d && (d.Year < 1990 || d.Year > 2100))
        {
            error(nameof(ExchangeRateInput.Date), "the date must be between 1990 and 2100");
        }
    }

    private async Task<Result<RatesSaved>> UpsertAsync(IReadOnlyList<(string Currency, DateOnly Date, decimal Rate)> rates, CancellationToken ct)
    {
        var currencies = rates.Select(r => r.Currency).Distinct().ToList();
        var from = rates.Min(r => r.Date);
        var to = rates.Max(r => r.Date);
        var existing = await db.Set<ExchangeRate>()
            .Where(r => currencies.Contains(r.CurrencyCode) && r.Date >= from && r.Date <= to)
            .ToDictionaryAsync(r => (r.CurrencyCode, r.Date), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, updated = 0;
        foreach (var (currency, date, rate) in rates)
        {
            if (existing.TryGetValue((currency, date), out var kept))
            {
                if (kept.DongPerUnit != rate)
                {
                    kept.DongPerUnit = rate;
                    kept.UpdatedAt = now;
                    kept.UpdatedBy = user.UserName;
                    updated++;
                }
            }
            else
            {
                db.Add(new ExchangeRate { CurrencyCode = currency, Date = date, DongPerUnit = rate, UpdatedAt = now, UpdatedBy = user.UserName });
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new RatesSaved(added, updated);
    }
}
