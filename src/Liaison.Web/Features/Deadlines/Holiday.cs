using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Deadlines;

/// <summary>A public holiday (or a day off given in its place) that working-day deadlines skip.</summary>
public sealed class Holiday
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public required string Name { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> builder)
    {
        builder.Property(h => h.Name).HasMaxLength(200);
        builder.Property(h => h.UpdatedBy).HasMaxLength(256);
        builder.HasIndex(h => h.Date).IsUnique();
    }
}

/// <summary>
/// Vietnam's public holidays for the years around the first release, as a starting point: the government
/// announces each year's days off (the lunar New Year moves, and days are swapped), so an administrator
/// checks and completes each year. A year is seeded only while the table has no day of it.
/// </summary>
public static class ShippedHolidays
{
    public static IReadOnlyList<(DateOnly Date, string Name)> All { get; } = Build();

    private static List<(DateOnly, string)> Build()
    {
        var days = new List<(DateOnly, string)>();
        void Add(int year, int month, int day, string name, int length = 1)
        {
            for (var i = 0; i < length; i++)
            {
                days.Add((new DateOnly(year, month, day).AddDays(i), name));
            }
        }

        Add(2025, 1, 1, "New Year's Day");
        Add(2025, 1, 25, "Lunar New Year (Tết)", 9);
        Add(2025, 4, 7, "Hung Kings' Commemoration Day");
        Add(2025, 4, 30, "Reunification Day");
        Add(2025, 5, 1, "International Labour Day", 2);
        Add(2025, 9, 1, "National Day", 2);

        Add(2026, 1, 1, "New Year's Day");
        Add(2026, 2, 14, "Lunar New Year (Tết)", 9);
        Add(2026, 4, 27, "Hung Kings' Commemoration Day (in lieu)");
        Add(2026, 4, 30, "Reunification Day");
        Add(2026, 5, 1, "International Labour Day");
        Add(2026, 9, 1, "National Day", 2);

        Add(2027, 1, 1, "New Year's Day");
        Add(2027, 2, 4, "Lunar New Year (Tết)", 7);
        Add(2027, 4, 16, "Hung Kings' Commemoration Day");
        Add(2027, 4, 30, "Reunification Day");
        Add(2027, 5, 3, "International Labour Day (in lieu)");
        Add(2027, 9, 2, "National Day", 2);
        return days;
    }
}
