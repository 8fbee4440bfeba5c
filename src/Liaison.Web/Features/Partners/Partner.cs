using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Partners;

public enum PartnerKind
{
    Government,
    ForeignProvince,
    ForeignPrefecture,
    ForeignCity,
    ForeignCounty,
    EmbassyOrConsulate,
    InternationalOrganisation,
    ForeignNgo,
    Company,
    UniversityOrSchool,
    Media,
    FriendshipAssociation,
    Other,
}

/// <summary>A foreign counterpart in a province's register (Yunnan, Honghe prefecture, Inje University, KBS…).</summary>
public sealed class Partner : ProvinceRecord
{
    public PartnerKind Kind { get; set; }

    /// <summary>The name in the partner's own language and script (云南省, ແຂວງອຸດົມໄຊ).</summary>
    public string? NativeName { get; set; }

    public required string NameEn { get; set; }

    public string? NameVi { get; set; }

    public required string CountryCode { get; set; }

    public int? ParentId { get; set; }

    public Partner? Parent { get; set; }

    public string? Notes { get; set; }

    /// <summary>Where a foreign locality's seat lies, in decimal degrees (WGS 84), to place it on the map of partner localities.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public List<PartnerContact> Contacts { get; set; } = [];

    public override IReadOnlyList<string> SearchTextRows => ["Contacts"];

    public override string BuildSearchText() =>
        TextFolding.Join([NameEn, NameVi, NativeName, Notes, .. Contacts.SelectMany(c => new[] { c.Name, c.Title })]);
}

public sealed class PartnerContact
{
    public int Id { get; set; }

    public int PartnerId { get; set; }

    public required string Name { get; set; }

    public string? Title { get; set; }

    public DateOnly? Since { get; set; }

    public DateOnly? Until { get; set; }
}
