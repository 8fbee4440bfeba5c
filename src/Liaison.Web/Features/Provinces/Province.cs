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

    /// <summary>The name in the reader's language; Arabic from the message catalogue, keyed by the English name.</summary>
    public string LocalName => Infrastructure.Text.Languages.Current switch
    {
        Infrastructure.Text.Languages.Vietnamese => NameVi,
        Infrastructure.Text.Languages.Arabic => Infrastructure.Text.Messages.Translate(NameEn),
        _ => NameEn,
    };
}
