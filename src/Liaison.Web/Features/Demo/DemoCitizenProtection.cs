using Liaison.Web.Features.Border;
using Liaison.Web.Features.CitizenProtection;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Demo;

/// <summary>
/// Tay Ninh receives workers and residents sent back from Cambodia and coordinates with the Cambodian authorities
/// (article 003). The article gives no names, dates or numbers: the cases, people and dates here are illustrative
/// and the names are generated, for the pages and the report to show how batch returns are kept and counted.
/// </summary>
public sealed class DemoCitizenProtection(AppDbContext db)
{
    /// <summary>The batch received at Moc Bai: one case, this many people.</summary>
    public const int MocBaiBatch = 42;

    public const int XaMatBatch = 17;

    private const string Demo = "demo";

    private const string Source = "Illustrative: article 003 (003_5e35b7369a39e427.txt) says Tay Ninh receives workers and residents sent back from Cambodia and signs cooperation agreements with the Cambodian authorities; it gives no names, dates or numbers. The names here are generated.";

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Minh", "Thanh", "Hoàng", "Ngọc", "Hữu", "Thị Kim"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Hạnh", "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vy"];
    private static readonly string[] Communes = ["Long Thuận, Bến Cầu", "Lợi Thuận, Bến Cầu", "Phước Chỉ, Trảng Bàng", "Hòa Hội, Châu Thành", "Tân Lập, Tân Biên", "Biên Giới, Châu Thành"];

    public async Task AddAsync(int tayNinh, CancellationToken ct)
    {
        var gates = await db.Set<BorderGate>().IgnoreQueryFilters().Where(g => g.ProvinceId == tayNinh && g.IsDemo).ToDictionaryAsync(g => g.Name, g => g.Id, ct);
        var random = new Random(3003);
        db.AddRange(
            new CitizenCase
            {
                ProvinceId = tayNinh, FileNumber = "BHCD-2025-031", Kind = CaseKind.IrregularWork, CountryCode = "KH", PlaceAbroad = "Bavet, Svay Rieng Province",
                ForeignAuthority = "Immigration police of Svay Rieng Province",
                Circumstances = $"A group found working without permits in Bavet, handed back by the Cambodian side at Moc Bai on one day. {Source}",
                RequestReceivedOn = new DateOnly(2025, 8, 8), VerifiedOn = new DateOnly(2025, 8, 11), CoordinatedOn = new DateOnly(2025, 8, 12),
                ReceivedAtBorderOn = new DateOnly(2025, 8, 14), BorderGateId = gates["Moc Bai"], HandedOverOn = new DateOnly(2025, 8, 15),
                Status = CaseStatus.Closed, ClosedOn = new DateOnly(2025, 8, 20), Outcome = "Received at Moc Bai with the border guard, checked, and handed to their home communes.",
                People = People(random, MocBaiBatch), IsDemo = true, CreatedBy = Demo,
            },
            new CitizenCase
            {
                ProvinceId = tayNinh, FileNumber = "BHCD-2025-044", Kind = CaseKind.IrregularWork, CountryCode = "KH", PlaceAbroad = "Memot, Tbong Khmum Province",
                ForeignAuthority = "Police of Tbong Khmum Province",
                Circumstances = $"Residents without papers, sent back at Xa Mat; their communes are being told. {Source}",
                RequestReceivedOn = new DateOnly(2025, 9, 29), VerifiedOn = new DateOnly(2025, 10, 1), CoordinatedOn = new DateOnly(2025, 10, 1),
                ReceivedAtBorderOn = new DateOnly(2025, 10, 3), BorderGateId = gates["Xa Mat"],
                Status = CaseStatus.Open, People = People(random, XaMatBatch), IsDemo = true, CreatedBy = Demo,
            },
            new CitizenCase
            {
                ProvinceId = tayNinh, FileNumber = "BHCD-2025-047", Kind = CaseKind.Detained, CountryCode = "KH", PlaceAbroad = "Phnom Penh",
                ForeignAuthority = "General Department of Immigration, Cambodia; the Consulate General of Viet Nam",
                Circumstances = $"Two people held for overstaying; the family asked the Department for help. {Source}",
                RequestReceivedOn = new DateOnly(2025, 10, 20), VerifiedOn = new DateOnly(2025, 10, 24),
                Status = CaseStatus.Open, People = People(random, 2), IsDemo = true, CreatedBy = Demo,
            },
            new CitizenCase
            {
                ProvinceId = tayNinh, FileNumber = "BHCD-2024-019", Kind = CaseKind.Death, CountryCode = "KH", PlaceAbroad = "Kampong Cham",
                ForeignAuthority = "Police of Kampong Cham Province",
                Circumstances = $"A worker died in a road accident; the remains were brought home. {Source}",
                RequestReceivedOn = new DateOnly(2024, 11, 4), VerifiedOn = new DateOnly(2024, 11, 5), CoordinatedOn = new DateOnly(2024, 11, 6),
                ReceivedAtBorderOn = new DateOnly(2024, 11, 9), BorderGateId = gates["Moc Bai"], HandedOverOn = new DateOnly(2024, 11, 9),
                Status = CaseStatus.Closed, ClosedOn = new DateOnly(2024, 11, 12), Outcome = "Remains received at Moc Bai and handed to the family.",
                People = People(random, 1), IsDemo = true, CreatedBy = Demo,
            });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static List<CasePerson> People(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => new CasePerson
        {
            FullName = $"{FamilyNames[random.Next(FamilyNames.Length)]} {MiddleNames[random.Next(MiddleNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}",
            IdentityDocument = "072" + random.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            DateOfBirth = new DateOnly(1975, 1, 1).AddDays(random.Next(0, 30 * 365)),
            HomeCommune = Communes[random.Next(Communes.Length)],
        })];
}
