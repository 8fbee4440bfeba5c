using Liaison.Web.Features.Aid;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;

namespace Liaison.Web.Features.Demo;

/// <summary>
/// The demo's foreign aid, consistent with what the provinces published: Lai Chau's non-refundable aid of over
/// 226 billion VND in five years from embassies, funds and NGOs for health, education, clean water,
/// livelihoods and climate change (article 000); Gia Lai's over 10 million USD of NGO aid (article 001). The
/// projects are generated (the articles name no project), and so are the exchange rates: round monthly
/// figures near the market's, for the demo only; a real deployment keeps the State Bank's rates.
/// </summary>
public sealed class DemoAid(AppDbContext db)
{
    /// <summary>What Lai Chau's generated projects disbursed in dong, 2020–2025: just over the published 226 billion.</summary>
    public const decimal LaiChauDisbursedDong = 226_400_000_000m;

    /// <summary>What Gia Lai's generated NGO projects disbursed in dollars: just over the published 10 million.</summary>
    public const decimal GiaLaiNgoDisbursedDollars = 10_150_000m;

    private const string Note = "Generated demo project, consistent with the aid total the province published; the article names no project.";

    private static readonly (string Code, string Title)[] LaiChauThemes =
    [
        ("12220", "Commune health station upgrade in {0}"),
        ("11220", "Boarding school classrooms in {0}"),
        ("14030", "Clean water supply for villages of {0}"),
        ("31120", "Livelihoods for ethnic minority households in {0}"),
        ("43060", "Climate change adaptation and landslide warning in {0}"),
    ];

    private static readonly (string Code, string Title)[] GiaLaiThemes =
    [
        ("11220", "Safe schools for children in {0}"),
        ("12240", "Child nutrition programme in {0}"),
        ("16010", "Social protection for poor households in {0}"),
        ("14030", "Water and sanitation for {0}"),
    ];

    public async Task GenerateAsync(int laiChau, int giaLai, Random random, CancellationToken ct)
    {
        AddRates();
        var laiChauDonors = Donors(laiChau,
        [
            (PartnerKind.EmbassyOrConsulate, "Embassy of Japan in Vietnam", "Đại sứ quán Nhật Bản", "JP"),
            (PartnerKind.Government, "Korea International Cooperation Agency (KOICA)", "Cơ quan Hợp tác Quốc tế Hàn Quốc", "KR"),
            (PartnerKind.EmbassyOrConsulate, "Embassy of Australia in Vietnam", "Đại sứ quán Úc", "AU"),
            (PartnerKind.ForeignNgo, "World Vision International", "Tổ chức Tầm nhìn Thế giới", "US"),
            (PartnerKind.ForeignNgo, "Plan International", "Tổ chức Plan International", "GB"),
            (PartnerKind.InternationalOrganisation, "Global Environment Facility Small Grants Programme", "Chương trình tài trợ các dự án nhỏ của Quỹ Môi trường toàn cầu", "US"),
        ]);
        var giaLaiDonors = Donors(giaLai,
        [
            (PartnerKind.ForeignNgo, "World Vision International", "Tổ chức Tầm nhìn Thế giới", "US"),
            (PartnerKind.ForeignNgo, "Plan International", "Tổ chức Plan International", "GB"),
            (PartnerKind.ForeignNgo, "Save the Children", "Tổ chức Cứu trợ Trẻ em", "GB"),
            (PartnerKind.ForeignNgo, "ChildFund Australia", "Quỹ Trẻ em Úc", "AU"),
        ]);
        db.AddRange(laiChauDonors);
        db.AddRange(giaLaiDonors);
        await db.SaveChangesAsync(ct);

        var laiChauPlaces = new[] { "Sin Ho", "Phong Tho", "Muong Te", "Nam Nhun", "Tam Duong", "Than Uyen", "Tan Uyen" };
        db.AddRange(Projects(laiChau, 18, LaiChauDisbursedDong, Currencies.Dong, 1_000_000m, laiChauDonors, LaiChauThemes, laiChauPlaces, random));
        var giaLaiPlaces = new[] { "Ia Grai", "Chu Prong", "Duc Co", "Kbang", "Mang Yang", "Chu Pah", "Krong Pa" };
        db.AddRange(Projects(giaLai, 14, GiaLaiNgoDisbursedDollars, Currencies.Dollar, 1_000m, giaLaiDonors, GiaLaiThemes, giaLaiPlaces, random));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Projects whose disbursements add up to exactly <paramref name="total"/>, each committed a little above what it disbursed.</summary>
    private static List<AidProject> Projects(int provinceId, int count, decimal total, string currency, decimal step, List<Partner> donors,
        (string Code, string Title)[] themes, string[] places, Random random)
    {
        var weights = Enumerable.Range(0, count).Select(_ => random.Next(3, 20)).ToArray();
        var amounts = weights.Select(w => Math.Round(total * w / weights.Sum() / step) * step).ToArray();
        amounts[^1] += total - amounts.Sum(); // the last one absorbs the rounding, so the sum is exact
        var projects = new List<AidProject>(count);
        for (var i = 0; i < count; i++)
        {
            var (code, title) = themes[i % themes.Length];
            var place = places[random.Next(places.Length)];
            var donor = donors[random.Next(donors.Count)];
            var start = new DateOnly(2020, 3, 1).AddDays(random.Next(0, 5 * 365));
            var end = start.AddMonths(random.Next(12, 36));
            var disbursed = amounts[i];
            var firstTranche = Math.Round(disbursed * 0.6m / step) * step;
            var done = end < new DateOnly(2025, 11, 1);
            projects.Add(new AidProject
            {
                ProvinceId = provinceId,
                Title = string.Format(System.Globalization.CultureInfo.InvariantCulture, title, place),
                Description = Note,
                Form = AidForm.Project,
                Status = done ? AidStatus.Closed : AidStatus.Implementation,
                Participants =
                [
                    new AidParticipant { Role = ParticipantRole.Funding, PartnerId = donor.Id, Name = donor.NameEn },
                    new AidParticipant { Role = ParticipantRole.Implementing, Name = $"People's Committee of {place}" },
                ],
                Sectors = [new AidSector { Code = code, Percentage = 100 }],
                Places = [new AidPlace { Name = place }],
                DecisionNumber = $"{random.Next(100, 2999)}/QĐ-UBND",
                DecisionDate = start.AddDays(-random.Next(20, 60)),
                Approver = "Chairman of the Provincial People's Committee",
                PlannedStart = start,
                PlannedEnd = end,
                ActualStart = start,
                ActualEnd = done ? end : null,
                ValueAmount = disbursed,
                ValueCurrency = currency,
                Transactions =
                [
                    new AidTransaction { Kind = AidTransactionKind.Commitment, Date = start.AddDays(-10), Amount = disbursed, Currency = currency },
                    new AidTransaction { Kind = AidTransactionKind.Disbursement, Date = start.AddDays(15), Amount = firstTranche, Currency = currency, Description = "First tranche" },
                    new AidTransaction { Kind = AidTransactionKind.Disbursement, Date = start.AddDays(200), Amount = disbursed - firstTranche, Currency = currency, Description = "Second tranche" },
                ],
                IsDemo = true,
                CreatedBy = "demo",
            });
        }

        return projects;
    }

    private static List<Partner> Donors(int provinceId, (PartnerKind Kind, string En, string Vi, string Country)[] donors) =>
        donors.Select(d => new Partner
        {
            ProvinceId = provinceId, Kind = d.Kind, NameEn = d.En, NameVi = d.Vi, CountryCode = d.Country,
            Notes = "Illustrative demo donor.", IsDemo = true, CreatedBy = "demo",
        }).ToList();

    /// <summary>Round monthly rates, rising through the period roughly as the dong did; for the demo only.</summary>
    private void AddRates()
    {
        var rates = new List<ExchangeRate>();
        for (var month = new DateOnly(2019, 12, 1); month <= new DateOnly(2026, 12, 1); month = month.AddMonths(1))
        {
            var t = (month.Year - 2020) + ((month.Month - 1) / 12m);
            foreach (var (code, at2020, perYear) in new[] { ("USD", 23_200m, 500m), ("EUR", 25_500m, 450m), ("JPY", 213m, -6m), ("KRW", 19.6m, -0.1m), ("AUD", 15_900m, 150m) })
            {
                rates.Add(new ExchangeRate { CurrencyCode = code, Date = month, DongPerUnit = Math.Round(at2020 + (perYear * t), 2), UpdatedBy = "demo" });
            }
        }

        db.AddRange(rates);
    }
}
