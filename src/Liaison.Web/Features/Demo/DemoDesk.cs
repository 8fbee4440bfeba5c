using Liaison.Web.Features.Apec;
using Liaison.Web.Features.ExternalInformation;
using Liaison.Web.Features.Ngos;
using Liaison.Web.Features.Overseas;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;

namespace Liaison.Web.Features.Demo;

/// <summary>
/// The rest of Tay Ninh's desk: a few foreign NGOs registered in the province, APEC card applications from its
/// businesses, and its external-information programme (article 003 says the province runs one and answers distorted
/// claims online; it names no item). The organisations, companies, people and items are illustrative (so named), for
/// the pages, the due list and the report to show how they are kept.
/// </summary>
public sealed class DemoDesk(AppDbContext db)
{
    private const string Demo = "demo";

    private const string Illustrative = "Illustrative demo record: the articles name no NGO or APEC card holder.";

    public async Task AddAsync(int tayNinh, CancellationToken ct)
    {
        var water = Ngo(tayNinh, "Mekong Clean Water Foundation (illustrative)", "DE");
        var school = Ngo(tayNinh, "Children of the Border Fund (illustrative)", "AU");
        var health = Ngo(tayNinh, "Rural Health Partners (illustrative)", "JP");
        db.AddRange(water, school, health);
        await db.SaveChangesAsync(ct);

        db.AddRange(
            new ForeignNgo
            {
                ProvinceId = tayNinh, PartnerId = water.Id, CertificateNumber = "112/GĐK-BNG", CertificateKind = NgoCertificateKind.Operation,
                IssuedBy = "Committee for Foreign NGO Affairs", ValidFrom = new DateOnly(2022, 3, 1), ValidTo = new DateOnly(2027, 2, 28),
                WorkPlan = $"Clean-water stations and hygiene training in the border communes of Ben Cau and Chau Thanh. {Illustrative}",
                Projects = [new NgoProject { Name = "Village water stations, phase 2", Note = "About 1,200 households" }],
                Reports =
                [
                    new NgoYearlyReport { Year = 2022, ReceivedOn = new DateOnly(2023, 1, 12) },
                    new NgoYearlyReport { Year = 2023, ReceivedOn = new DateOnly(2024, 1, 10) },
                    new NgoYearlyReport { Year = 2024, ReceivedOn = new DateOnly(2025, 1, 14) },
                ],
                IsDemo = true, CreatedBy = Demo,
            },
            new ForeignNgo
            {
                ProvinceId = tayNinh, PartnerId = school.Id, CertificateNumber = "087/GĐK-BNG", CertificateKind = NgoCertificateKind.Operation,
                IssuedBy = "Committee for Foreign NGO Affairs", ValidFrom = new DateOnly(2021, 12, 15), ValidTo = new DateOnly(2026, 12, 14),
                WorkPlan = $"School meals and scholarships for children in border districts; the certificate expires in December 2026. {Illustrative}",
                Projects = [new NgoProject { Name = "School meals in Tan Bien" }],
                Reports =
                [
                    new NgoYearlyReport { Year = 2022, ReceivedOn = new DateOnly(2023, 1, 5) },
                    new NgoYearlyReport { Year = 2023, ReceivedOn = new DateOnly(2024, 2, 20), Note = "Came late, after a reminder" },
                ],
                IsDemo = true, CreatedBy = Demo,
            },
            new ForeignNgo
            {
                ProvinceId = tayNinh, PartnerId = health.Id, CertificateNumber = "031/GĐK-BNG", CertificateKind = NgoCertificateKind.ProjectOffice,
                IssuedBy = "Committee for Foreign NGO Affairs", ValidFrom = new DateOnly(2024, 7, 1), ValidTo = new DateOnly(2029, 6, 30),
                WorkPlan = $"Training for commune health stations. {Illustrative}",
                IsDemo = true, CreatedBy = Demo,
            });

        db.AddRange(
            Application(tayNinh, "Nguyễn Thành Long", "Director", "Tay Ninh Cassava Starch JSC (illustrative)", "B1234567", "AU,CN,JP,KR", new DateOnly(2025, 2, 10),
                a => Issue(a, new DateOnly(2025, 2, 17), new DateOnly(2025, 2, 20), new DateOnly(2025, 3, 28), new DateOnly(2025, 4, 8), "VNM0254321", new DateOnly(2030, 4, 7))),
            Application(tayNinh, "Trần Thị Mỹ", "Deputy director", "Moc Bai Logistics Co. (illustrative)", "C2345678", "SG,TH,MY", new DateOnly(2025, 9, 5),
                a => { a.Step = ApecStep.SentForApproval; a.AppraisedOn = new DateOnly(2025, 9, 12); a.SentForApprovalOn = new DateOnly(2025, 9, 15); }),
            Application(tayNinh, "Lê Văn Phát", "Chairman", "Go Dau Rubber Products Ltd. (illustrative)", "C3456789", "CN,HK", new DateOnly(2025, 10, 20), _ => { }),
            Application(tayNinh, "Phạm Quốc Bảo", "Director", "Trang Bang Garments JSC (illustrative)", "B4567890", "US,CA", new DateOnly(2024, 5, 6),
                a =>
                {
                    a.Step = ApecStep.Refused;
                    a.AppraisedOn = new DateOnly(2024, 5, 13);
                    a.SentForApprovalOn = new DateOnly(2024, 5, 15);
                    a.DecidedOn = new DateOnly(2024, 6, 20);
                    a.RefusalReason = "The company had not traded with the economies asked for.";
                }));
        db.AddRange(
            Info(tayNinh, InfoKind.PressRelease, "Tay Ninh and Svay Rieng agree on joint patrols for 2025", InfoChannel.Website, "vi", new DateOnly(2025, 1, 20), 8_500),
            Info(tayNinh, InfoKind.NewsItem, "Border trade through Moc Bai in the first half of 2025", InfoChannel.Television, "vi", new DateOnly(2025, 7, 8), 120_000),
            Info(tayNinh, InfoKind.Publication, "Tay Ninh: a bridge to Cambodia (bilingual booklet)", InfoChannel.Print, "km", new DateOnly(2025, 9, 1), 3_000),
            Info(tayNinh, InfoKind.Campaign, "Safe work abroad: know before you cross", InfoChannel.SocialMedia, "vi", new DateOnly(2025, 8, 1), 45_000),
            Claim(tayNinh, "A post claims the Moc Bai gate is closed to Vietnamese workers", new DateOnly(2025, 8, 16), "The Department posted the gate's opening hours and the rules for crossing, with the border guard's confirmation.", new DateOnly(2025, 8, 18)),
            Claim(tayNinh, "A video misrepresents the returns of August 2025", new DateOnly(2025, 10, 30), null, null));
        db.AddRange(
            new OverseasContact
            {
                ProvinceId = tayNinh, Kind = OverseasContactKind.Association, Name = "Association of Vietnamese in Svay Rieng (illustrative)", CountryCode = "KH",
                City = "Svay Rieng", Field = "Community, trade", HomeTie = "Many members came from Ben Cau and Chau Thanh", Notes = Illustrative,
                Involvements =
                [
                    new OverseasInvolvement { Name = "Spring homeland gathering", OccurredOn = new DateOnly(2025, 1, 18) },
                    new OverseasInvolvement { Name = "Support for the August returns at Moc Bai", OccurredOn = new DateOnly(2025, 8, 14) },
                ],
                IsDemo = true, CreatedBy = Demo,
            },
            new OverseasContact
            {
                ProvinceId = tayNinh, Kind = OverseasContactKind.Business, Name = "Overseas Vietnamese Business Club, Phnom Penh (illustrative)", CountryCode = "KH",
                City = "Phnom Penh", Field = "Business, investment", Notes = Illustrative,
                Involvements = [new OverseasInvolvement { Name = "Tay Ninh investment promotion conference", OccurredOn = new DateOnly(2025, 6, 12) }],
                IsDemo = true, CreatedBy = Demo,
            });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static ExternalInfoItem Info(int province, InfoKind kind, string title, InfoChannel channel, string language, DateOnly on, int reach) => new()
    {
        ProvinceId = province, Kind = kind, Title = $"{title} (illustrative)", Channel = channel, Language = language, OccurredOn = on, Reach = reach, Notes = Illustrative,
        IsDemo = true, CreatedBy = Demo,
    };

    private static ExternalInfoItem Claim(int province, string claim, DateOnly seen, string? response, DateOnly? answered) => new()
    {
        ProvinceId = province, Kind = InfoKind.ClaimMonitored, Title = $"{claim} (illustrative)", Channel = InfoChannel.SocialMedia, Language = "vi", OccurredOn = seen,
        Where = "A page on a social network", Response = response, RespondedOn = answered, Notes = Illustrative, IsDemo = true, CreatedBy = Demo,
    };

    private static Partner Ngo(int province, string name, string country) => new()
    {
        ProvinceId = province, Kind = PartnerKind.ForeignNgo, NameEn = name, CountryCode = country, Notes = Illustrative, IsDemo = true, CreatedBy = Demo,
    };

    private static ApecApplication Application(int province, string name, string title, string company, string passport, string economies, DateOnly received, Action<ApecApplication> steps)
    {
        var application = new ApecApplication
        {
            ProvinceId = province, ApplicantName = name, ApplicantTitle = title, CompanyName = company, PassportNumber = passport, PassportExpiresOn = received.AddYears(8),
            Economies = economies, ReceivedOn = received, Step = ApecStep.Received, Notes = Illustrative, IsDemo = true, CreatedBy = Demo,
        };
        steps(application);
        return application;
    }

    private static void Issue(ApecApplication a, DateOnly appraised, DateOnly sent, DateOnly approved, DateOnly issued, string card, DateOnly expires)
    {
        a.Step = ApecStep.CardIssued;
        a.AppraisedOn = appraised;
        a.SentForApprovalOn = sent;
        a.DecidedOn = approved;
        a.CardIssuedOn = issued;
        a.CardNumber = card;
        a.CardExpiresOn = expires;
    }
}
