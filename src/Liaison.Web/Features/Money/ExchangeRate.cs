using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Money;

/// <summary>
/// How many dong one unit of a currency was worth on a date: the table an administrator keeps (by hand or
/// from a CSV file) and every conversion reads. The dong is the pivot: USD→KRW goes through VND on that date.
/// </summary>
public sealed class ExchangeRate
{
    public int Id { get; set; }

    public required string CurrencyCode { get; set; }

    public DateOnly Date { get; set; }

    public decimal DongPerUnit { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.Property(r => r.CurrencyCode).HasMaxLength(3);
        builder.Property(r => r.DongPerUnit).HasPrecision(24, 8);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.CurrencyCode, r.Date }).IsUnique();
    }
}
