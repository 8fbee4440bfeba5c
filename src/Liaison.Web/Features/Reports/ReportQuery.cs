using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Provinces;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// What a report covers: the provinces (a province's own staff report on their province; the ministry chooses
/// some or all), any period, and the currency money is shown in.
/// </summary>
public sealed class ReportQuery
{
    /// <summary>Province codes, comma-separated; empty for the reader's own province, or for the ministry every province.</summary>
    public string? Province { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>ISO 4217; VND unless told.</summary>
    public string? Currency { get; set; }

    /// <summary>"en", "vi" or (for the PDF's headings) "ar", for the exported document; English unless told.</summary>
    public string? Language { get; set; }

    public string SafeCurrency => Currencies.IsKnown(Currency?.Trim().ToUpperInvariant()) ? Currency!.Trim().ToUpperInvariant() : Currencies.Dong;

    public bool InVietnamese => SafeLanguage == "vi";

    /// <summary>"vi", "ar" or "en" (anything else).</summary>
    public string SafeLanguage => Language?.Trim().ToLowerInvariant() is "vi" or "ar" ? Language.Trim().ToLowerInvariant() : "en";

    /// <summary>The term 2020–2025, the period the articles report on, unless told otherwise.</summary>
    public static readonly DateOnly DefaultFrom = new(2020, 1, 1);

    public static readonly DateOnly DefaultTo = new(2025, 12, 31);

    /// <summary>The longest period a report covers: the national report over 25 years fits (issue 9).</summary>
    public const int MaxYears = 30;

    /// <summary>The period asked for, with the term's first or last day for a date left out.</summary>
    public (DateOnly From, DateOnly To) Period => (From ?? DefaultFrom, To ?? DefaultTo);

    /// <summary>The provinces the report covers, or the reason it can't be made for this reader.</summary>
    internal Result<List<Province>> Scope(CurrentUser user, ValidationErrors errors)
    {
        var codes = (Province ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var unknown = codes.Where(c => ProvinceCatalog.All.All(p => p.Code != c)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(nameof(Province), $"Unknown province code: {string.Join(", ", unknown)}.");
        }

        var (from, to) = Period;
        if (from.Year is < 1945 or > 2100 || to.Year is < 1945 or > 2100)
        {
            errors.Add(nameof(From), "The period must lie between 1945 and 2100.");
        }
        else if (to < from)
        {
            errors.Add(nameof(To), "The period must end on or after its first day.");
        }
        else if (to.DayNumber - from.DayNumber > MaxYears * 366)
        {
            errors.Add(nameof(To), $"A report covers at most {MaxYears} years; choose a shorter period.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (user.ReadsAllProvinces)
        {
            return codes.Count == 0 ? ProvinceCatalog.All.ToList() : ProvinceCatalog.All.Where(p => codes.Contains(p.Code)).ToList();
        }

        // Anyone else reports on their own province, and only on it.
        var own = ProvinceCatalog.All.FirstOrDefault(p => p.Id == user.ProvinceId);
        if (own is null)
        {
            return new ForbiddenFailure("Reports are on a province's records; this account belongs to no province.");
        }

        if (codes.Any(c => c != own.Code))
        {
            return new ForbiddenFailure($"You can report on {own.NameEn} only.");
        }

        return new List<Province> { own };
    }
}
