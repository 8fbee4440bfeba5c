using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Border;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Demo;

/// <summary>
/// Border affairs as the articles tell them: the gates and crossings article 002 names, Lai Chau's six twinned
/// village pairs (article 000 gives the count, not the names), and Tay Ninh's cooperation with the Cambodian
/// border provinces (article 003: coordinated patrols, violations handled promptly by the Cambodian side).
/// </summary>
public sealed class DemoBorder(AppDbContext db)
{
    /// <summary>"Six pairs of border communes and villages" with Yunnan (article 000).</summary>
    public const int LaiChauVillagePairs = 6;

    public const string SiChoang = "Si Choang";

    public const string MaLuThang = "Ma Lu Thang";

    private const string Demo = "demo";

    public async Task AddAsync(IReadOnlyDictionary<string, int> provinces, IReadOnlyDictionary<string, Partner> partners, CancellationToken ct)
    {
        var laiChau = provinces["lai-chau"];
        var tayNinh = provinces["tay-ninh"];
        var maLuThang = Gate(laiChau, MaLuThang, GateType.Main, "Jinshuihe (Kim Thuy Ha)", "Jinping County, Honghe Prefecture", "Phong Tho",
            "Lai Chau and Yunnan agencies agreed the initial site, design standards, name and cooperation model of a multipurpose road bridge here; at the 11th session of the joint working group Lai Chau asked Yunnan to propose that Jinshuihe be designated an official import gate for Vietnamese farm produce (002_194a8de1859511c8.txt). Type from public sources; the article gives no dates for the gate.");
        var siChoang = Gate(laiChau, SiChoang, GateType.CrossingPoint, "Dien Sui Thang", "Yunnan", "Phong Tho",
            "A traditional crossing, reopened in 2025 through coordination between Lai Chau and Yunnan (002_194a8de1859511c8.txt). The article gives the year only.");
        siChoang.Events.Add(new BorderGateEvent { Kind = GateEventKind.Reopened, OccurredOn = new DateOnly(2025, 1, 1), Precision = DatePrecision.Year, Note = "Article 002" });
        var banVuoc = Gate(provinces["lao-cai"], "Ban Vuoc", GateType.Secondary, "Ba Sai", "Hekou County, Honghe Prefecture", "Bat Xat",
            "The groundbreaking of the Red River road bridge between Ban Vuoc and Ba Sai was held in the period to the 11th session (002_194a8de1859511c8.txt). Type from public sources.");
        var mocBai = Gate(tayNinh, "Moc Bai", GateType.International, "Bavet", "Svay Rieng Province", "Ben Cau",
            "Tay Ninh's main road gate to Svay Rieng. The article names no gate; this one is from public sources, for the patrols and exchanges it describes.", "KH");
        var xaMat = Gate(tayNinh, "Xa Mat", GateType.International, "Trapeang Phlong", "Tbong Khmum Province", "Tan Bien",
            "Tay Ninh's gate to Tbong Khmum. From public sources; the article names no gate.", "KH");
        db.AddRange(maLuThang, siChoang, banVuoc, mocBai, xaMat);

        // Article 000 counts six pairs and names none: these are Lai Chau's border communes as placeholders, for the province to correct.
        string[] communes = ["Ma Ly Pho", "Dao San", "Si Lo Lau", "Mu Sang", "Thu Lum", "Ka Lang"];
        for (var i = 0; i < LaiChauVillagePairs; i++)
        {
            db.Add(new VillagePair
            {
                ProvinceId = laiChau, OurVillage = $"Border village of {communes[i]}", OurCommune = communes[i], TheirVillage = $"Twinned village {i + 1} in Yunnan",
                TheirLocality = "Yunnan (not named in the source)", CountryCode = "CN",
                Notes = "Lai Chau's border areas signed agreements with six pairs of border communes and villages in Yunnan (000_16d1d13a695179fc.txt). The article names none of them: the names here are placeholders to be replaced by the province.",
                IsDemo = true, CreatedBy = Demo,
            });
        }

        await db.SaveChangesAsync(ct);

        // The bilateral inspection with Honghe (May 2024) covered the stretch of border the two share.
        var inspection = await db.Activities.IgnoreQueryFilters().SingleAsync(a => a.IsDemo && a.ProvinceId == laiChau && a.Kind == ActivityKind.BorderInspection, ct);
        inspection.BorderStretch = "The Lai Chau – Honghe stretch of the Vietnam–China border";

        db.Add(new Activity
        {
            ProvinceId = tayNinh, Kind = ActivityKind.JointPatrol, Title = "Joint patrols with Svay Rieng along the border", StartDate = new DateOnly(2024, 1, 1), EndDate = new DateOnly(2024, 12, 31),
            InProvince = true, Place = "Tay Ninh – Svay Rieng border", CountryCode = "VN", Status = ActivityStatus.Held, BorderGateId = mocBai.Id,
            BorderStretch = "The Tay Ninh – Svay Rieng stretch of the Vietnam–Cambodia border",
            Organiser = "Tay Ninh Provincial Border Guard Command with the Cambodian authorities",
            Outcome = "The two sides exchange information, coordinate patrols, and control, prevent and fight crime to keep the border secure (003_5e35b7369a39e427.txt). The article gives the year (2024), not the dates or the number of patrols.",
            Partners = [new ActivityPartner { PartnerId = partners["tay-ninh/svay-rieng"].Id }],
            IsDemo = true, CreatedBy = Demo,
        });
        db.Add(new BorderIncident
        {
            ProvinceId = tayNinh, OccurredOn = new DateOnly(2024, 12, 31), Place = "Tay Ninh – Cambodia border", Kind = IncidentKind.Other, Status = IncidentStatus.Handled,
            Description = "Border violations in 2024. The article gives no date, place or number: this record stands for the year's violations (dated the year's last day).",
            Handling = "Handled well and quickly by the Cambodian side, so that no hot spot arose (003_5e35b7369a39e427.txt).",
            HandledBy = "The Cambodian authorities, with Tay Ninh's border guard",
            IsDemo = true, CreatedBy = Demo,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static BorderGate Gate(int province, string name, GateType type, string counterpart, string locality, string location, string notes, string country = "CN") => new()
    {
        ProvinceId = province, Name = name, Type = type, CounterpartName = counterpart, CounterpartCountryCode = country, CounterpartLocality = locality,
        Location = location, Notes = notes, IsDemo = true, CreatedBy = Demo,
    };
}
