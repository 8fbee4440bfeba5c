namespace Liaison.Web.Features.Provinces;

public enum ProvinceKind
{
    Province,
    CentralCity,
}

/// <summary>A province or centrally governed city: the unit that owns records and users.</summary>
public sealed class Province
{
    public int Id { get; set; }

    /// <summary>Stable slug such as "lai-chau", used in configuration, demo data and URLs.</summary>
    public required string Code { get; set; }

    public required string NameVi { get; set; }

    public required string NameEn { get; set; }

    public ProvinceKind Kind { get; set; }
}
