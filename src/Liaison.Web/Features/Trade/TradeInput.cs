using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Reference;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Trade;

public sealed class TradeInput
{
    [Required(ErrorMessage = "Choose the period: month, quarter or year.")]
    public TradePeriod? Period { get; set; }

    [Required(ErrorMessage = "Enter the first day of the period.")]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = "Choose the partner country.")]
    public string? CountryCode { get; set; }

    [Required(ErrorMessage = "Choose export or import.")]
    public TradeDirection? Direction { get; set; }

    [Required(ErrorMessage = "Enter the value.")]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "Choose the currency of the value.")]
    public string? Currency { get; set; }

    [StringLength(200, ErrorMessage = "The border gate or seaport must be 200 characters or fewer.")]
    public string? Gate { get; set; }

    [StringLength(200, ErrorMessage = "The commodity group must be 200 characters or fewer.")]
    public string? CommodityGroup { get; set; }

    [StringLength(500, ErrorMessage = "The source must be 500 characters or fewer.")]
    public string? Source { get; set; }

    public int Version { get; set; }

    internal ValidationErrors Validate()
    {
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (PeriodStart is { } start && Period is { } period)
        {
            if (start.Day != 1 || (period == TradePeriod.Quarter && (start.Month - 1) % 3 != 0) || (period == TradePeriod.Year && start.Month != 1))
            {
                errors.Add(nameof(PeriodStart), period switch
                {
                    TradePeriod.Month => "A month starts on its 1st.",
                    TradePeriod.Quarter => "A quarter starts on 1 January, 1 April, 1 July or 1 October.",
                    _ => "A year starts on 1 January.",
                });
            }

            if (start.Year is < 1990 or > 2100)
            {
                errors.Add(nameof(PeriodStart), "The period must be between 1990 and 2100.");
            }
        }

        if (!string.IsNullOrWhiteSpace(CountryCode) && !Countries.IsKnown(CountryCode.Trim().ToUpperInvariant()))
        {
            errors.Add(nameof(CountryCode), $"\"{CountryCode}\" is not an ISO 3166-1 country code.");
        }

        if (!string.IsNullOrWhiteSpace(Currency) && !Currencies.IsKnown(Currency.Trim().ToUpperInvariant()))
        {
            errors.Add(nameof(Currency), $"\"{Currency}\" is not an ISO 4217 currency code.");
        }

        if (Amount is < 0 or > 999_999_999_999_999m)
        {
            errors.Add(nameof(Amount), "The value can't be negative.");
        }

        return errors;
    }

    internal void ApplyTo(TradeFigure t)
    {
        t.Period = Period!.Value;
        t.PeriodStart = PeriodStart!.Value;
        t.CountryCode = CountryCode!.Trim().ToUpperInvariant();
        t.Direction = Direction!.Value;
        t.Amount = Amount!.Value;
        t.Currency = Currency!.Trim().ToUpperInvariant();
        t.Gate = Gate?.Trim();
        t.CommodityGroup = CommodityGroup?.Trim();
        t.Source = Source?.Trim();
    }
}
