using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Trade;

public enum TradePeriod
{
    Month,
    Quarter,
    Year,
}

public enum TradeDirection
{
    Export,
    Import,
}

/// <summary>
/// A reported trade value: the province's exports to or imports from one country over a month, a quarter or
/// a year, through a border gate or seaport where the figure says, for a commodity group where it says.
/// </summary>
public sealed class TradeFigure : ProvinceRecord
{
    public TradePeriod Period { get; set; }

    /// <summary>The first day of the period: the 1st of the month, of the quarter's first month, or 1 January.</summary>
    public DateOnly PeriodStart { get; set; }

    public required string CountryCode { get; set; }

    public TradeDirection Direction { get; set; }

    public decimal Amount { get; set; }

    public required string Currency { get; set; }

    /// <summary>The border gate or seaport, when the figure is for one.</summary>
    public string? Gate { get; set; }

    public string? CommodityGroup { get; set; }

    /// <summary>Where the figure comes from: the customs department, a report, an article.</summary>
    public string? Source { get; set; }

    public DateOnly PeriodEnd => EndOf(Period, PeriodStart);

    public static DateOnly EndOf(TradePeriod period, DateOnly start) => period switch
    {
        TradePeriod.Month => start.AddMonths(1).AddDays(-1),
        TradePeriod.Quarter => start.AddMonths(3).AddDays(-1),
        _ => start.AddYears(1).AddDays(-1),
    };

    public override string BuildSearchText() => TextFolding.Join(Gate, CommodityGroup, Source, Reference.Countries.NameEn(CountryCode));
}

internal sealed class TradeFigureConfiguration : IEntityTypeConfiguration<TradeFigure>
{
    public void Configure(EntityTypeBuilder<TradeFigure> builder)
    {
        builder.Property(t => t.CountryCode).HasMaxLength(2);
        builder.Property(t => t.Amount).HasPrecision(22, 4);
        builder.Property(t => t.Currency).HasMaxLength(3);
        builder.Property(t => t.Gate).HasMaxLength(200);
        builder.Property(t => t.CommodityGroup).HasMaxLength(200);
        builder.Property(t => t.Source).HasMaxLength(500);
        builder.Ignore(t => t.PeriodEnd);
        builder.HasIndex(t => new { t.ProvinceId, t.PeriodStart, t.CountryCode });
    }
}
