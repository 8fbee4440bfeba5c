using Liaison.Web.Features.Investment;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;

namespace Liaison.Web.Features.Demo;

/// <summary>
/// Gia Lai's foreign direct investment as article 001 gives it: 102 projects with about 2.3 billion USD of
/// registered capital. The projects and investors are generated (the article names none); the capital adds up
/// to the published figure, some of it through later adjustments of the certificates.
/// </summary>
public sealed class DemoInvestment(AppDbContext db)
{
    public const int GiaLaiProjects = 102;
    public const decimal GiaLaiCapitalDollars = 2_300_000_000m;

    private static readonly (string Country, string Name)[] Investors =
    [
        ("SG", "Lion City Renewables Pte. Ltd."), ("KR", "Hanbit Agro Co., Ltd."), ("JP", "Sakura Foods Co., Ltd."), ("TH", "Siam Rubber Public Co."),
        ("CN", "Yunling Energy Co., Ltd."), ("TW", "Formosa Coffee Corp."), ("LA", "Attapeu Trading Co."), ("AU", "Southern Cross Macadamia Pty Ltd"),
        ("US", "Pacific Fruit Holdings Inc."), ("FR", "Hautes Terres Agro SAS"), ("NL", "Dutch Greenhouse Solutions B.V."), ("MY", "Borneo Wood Products Sdn. Bhd."),
    ];

    private static readonly (InvestmentSector Sector, string Title)[] Themes =
    [
        (InvestmentSector.Energy, "Wind power plant in {0}"), (InvestmentSector.Energy, "Solar farm in {0}"),
        (InvestmentSector.Agriculture, "High-tech durian and passion fruit farm in {0}"), (InvestmentSector.Agriculture, "Coffee processing plant in {0}"),
        (InvestmentSector.Manufacturing, "Wood furniture factory in {0}"), (InvestmentSector.Tourism, "Eco-resort in {0}"),
        (InvestmentSector.TradeAndServices, "Logistics centre in {0}"), (InvestmentSector.Agriculture, "Dairy and beef cattle farm in {0}"),
    ];

    public async Task GenerateAsync(int giaLai, Random random, CancellationToken ct)
    {
        var investors = Investors.Select(i => new Partner
        {
            ProvinceId = giaLai, Kind = PartnerKind.Company, NameEn = i.Name, CountryCode = i.Country,
            Notes = "Illustrative demo investor: article 001 names none.", IsDemo = true, CreatedBy = "demo",
        }).ToList();
        db.AddRange(investors);
        await db.SaveChangesAsync(ct);

        // Capital: random sizes, scaled to the published total in whole thousands of dollars, the last absorbing the rounding.
        var weights = Enumerable.Range(0, GiaLaiProjects).Select(_ => Math.Pow(random.NextDouble(), 3) + 0.02).ToArray();
        var capital = weights.Select(w => Math.Round(GiaLaiCapitalDollars * (decimal)(w / weights.Sum()) / 1000m) * 1000m).ToArray();
        capital[^1] += GiaLaiCapitalDollars - capital.Sum();
        var places = new[] { "Ia Pech", "Chu Prong", "Duc Co", "Ia Grai", "Mang Yang", "Chu Se", "Kbang", "Ayun Pa", "An Khe", "Pleiku" };
        var projects = new List<InvestmentProject>(GiaLaiProjects);
        for (var i = 0; i < GiaLaiProjects; i++)
        {
            var investor = investors[random.Next(investors.Count)];
            var (sector, title) = Themes[random.Next(Themes.Length)];
            var place = places[random.Next(places.Length)];
            var date = new DateOnly(2008, 1, 1).AddDays(random.Next(0, 17 * 365));
            var total = capital[i];
            // Every fifth project was enlarged later: a fifth of its capital came with an amended certificate.
            var raised = i % 5 == 0 ? Math.Round(total / 5m / 1000m) * 1000m : 0m;
            projects.Add(new InvestmentProject
            {
                ProvinceId = giaLai,
                Name = string.Format(System.Globalization.CultureInfo.InvariantCulture, title, place),
                InvestorId = investor.Id,
                CountryCode = investor.CountryCode,
                Sector = sector,
                CertificateNumber = $"{random.Next(1_000_000, 9_999_999)}{random.Next(100, 999)}",
                CertificateDate = date,
                Status = random.Next(10) switch { 0 => InvestmentStatus.Terminated, 1 => InvestmentStatus.Suspended, 2 or 3 => InvestmentStatus.Licensed, _ => InvestmentStatus.Operating },
                RegisteredAmount = total - raised,
                Currency = Money.Currencies.Dollar,
                Adjustments = raised == 0 ? [] : [new CapitalAdjustment { Date = date.AddMonths(random.Next(12, 48)), Amount = raised, Note = "Amended certificate: second phase" }],
                Location = place,
                JobsCreated = random.Next(20, 900),
                Notes = "Generated demo project, consistent with the FDI figures the province published.",
                IsDemo = true,
                CreatedBy = "demo",
            });
        }

        db.AddRange(projects);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
