using Liaison.Web.Features.Trade;
using Liaison.Web.Infrastructure.Data;

namespace Liaison.Web.Features.Demo;

/// <summary>
/// The demo's trade figures, consistent with the articles: Gia Lai's exports of over 8.1 billion USD in
/// 2021–2025 to more than 100 countries and territories (article 001), and 7.2 billion USD of trade between
/// the four border provinces and Yunnan since the 10th session of their joint working group (article 002).
/// The split by country, year, quarter, gate and province is generated; the totals are the published ones.
/// </summary>
public sealed class DemoTrade(AppDbContext db)
{
    public const decimal GiaLaiExportsDollars = 8_150_000_000m;
    public const int GiaLaiExportCountries = 104;
    public const decimal BorderTradeWithYunnanDollars = 7_200_000_000m;

    private const string GeneratedSource = "Generated demo figure, consistent with the total the province published.";

    public async Task GenerateAsync(IReadOnlyDictionary<string, int> provinces, Random random, CancellationToken ct)
    {
        db.AddRange(GiaLaiExports(provinces["gia-lai"], random));
        db.AddRange(BorderTrade(provinces, random));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static List<TradeFigure> GiaLaiExports(int giaLai, Random random)
    {
        var countries = Reference.Countries.SortedByEnglishName.Where(c => c.Code != "VN").Select(c => c.Code).ToList();
        var chosen = countries.OrderBy(_ => random.Next()).Take(GiaLaiExportCountries).ToList();
        var commodities = new[] { "Coffee", "Pepper", "Rubber", "Processed wood", "Cassava starch", "Fruit" };
        var cells = (from year in Enumerable.Range(2021, 5) from country in chosen select (year, country)).ToList();
        var amounts = Split(GiaLaiExportsDollars, cells.Count, 1_000m, random);
        return cells.Select((cell, i) => new TradeFigure
        {
            ProvinceId = giaLai,
            Period = TradePeriod.Year,
            PeriodStart = new DateOnly(cell.year, 1, 1),
            CountryCode = cell.country,
            Direction = TradeDirection.Export,
            Amount = amounts[i],
            Currency = Money.Currencies.Dollar,
            CommodityGroup = commodities[random.Next(commodities.Length)],
            Source = GeneratedSource,
            IsDemo = true,
            CreatedBy = "demo",
        }).ToList();
    }

    /// <summary>Quarterly exports and imports with Yunnan, from Q3 2024 to Q3 2025, through each province's main gate.</summary>
    private static List<TradeFigure> BorderTrade(IReadOnlyDictionary<string, int> provinces, Random random)
    {
        var gates = new (string Province, string Gate, decimal Share)[]
        {
            ("lao-cai", "Lao Cai international border gate", 0.70m),
            ("tuyen-quang", "Thanh Thuy international border gate", 0.16m),
            ("lai-chau", "Ma Lu Thang international border gate", 0.08m),
            ("dien-bien", "A Pa Chai – Long Phu border gate", 0.06m),
        };
        var quarters = Enumerable.Range(0, 5).Select(q => new DateOnly(2024, 7, 1).AddMonths(3 * q)).ToList();
        var figures = new List<TradeFigure>();
        var left = BorderTradeWithYunnanDollars;
        for (var g = 0; g < gates.Length; g++)
        {
            var (province, gate, share) = gates[g];
            var provinceTotal = g == gates.Length - 1 ? left : Math.Round(BorderTradeWithYunnanDollars * share);
            left -= provinceTotal;
            var amounts = Split(provinceTotal, quarters.Count * 2, 1_000m, random);
            for (var i = 0; i < amounts.Length; i++)
            {
                figures.Add(new TradeFigure
                {
                    ProvinceId = provinces[province],
                    Period = TradePeriod.Quarter,
                    PeriodStart = quarters[i / 2],
                    CountryCode = "CN",
                    Direction = i % 2 == 0 ? TradeDirection.Export : TradeDirection.Import,
                    Amount = amounts[i],
                    Currency = Money.Currencies.Dollar,
                    Gate = gate,
                    Source = GeneratedSource,
                    IsDemo = true,
                    CreatedBy = "demo",
                });
            }
        }

        return figures;
    }

    /// <summary>Random parts of a total, in whole steps, the last absorbing the rounding so that they add up exactly.</summary>
    private static decimal[] Split(decimal total, int parts, decimal step, Random random)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => random.Next(5, 100)).ToArray();
        var amounts = weights.Select(w => Math.Round(total * w / weights.Sum() / step) * step).ToArray();
        amounts[^1] += total - amounts.Sum();
        return amounts;
    }
}
