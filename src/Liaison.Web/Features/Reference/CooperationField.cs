namespace Liaison.Web.Features.Reference;

/// <summary>
/// A field of cooperation (agriculture, tourism, …). A managed list kept in the database so that an
/// administrator can add to it; the initial entries are seeded on first start.
/// </summary>
public sealed class CooperationField
{
    public required string Code { get; set; }

    public required string NameEn { get; set; }

    public required string NameVi { get; set; }

    public int SortOrder { get; set; }

    /// <summary>
    /// The name in the reader's language. Arabic comes from the message catalogue, keyed by the English name
    /// (an administrator's new field has none until it is added there, and shows in English).
    /// </summary>
    public string LocalName => Infrastructure.Text.Languages.Current switch
    {
        Infrastructure.Text.Languages.Vietnamese => NameVi,
        Infrastructure.Text.Languages.Arabic => Infrastructure.Text.Messages.Translate(NameEn),
        _ => NameEn,
    };

    public bool IsActive { get; set; } = true;

    public static IReadOnlyList<CooperationField> Initial { get; } =
    [
        F(1, "agriculture", "Agriculture", "Nông nghiệp"),
        F(2, "high-tech-agriculture", "High-tech agriculture", "Nông nghiệp công nghệ cao"),
        F(3, "tourism", "Tourism", "Du lịch"),
        F(4, "education-training", "Education and training", "Giáo dục và đào tạo"),
        F(5, "labour-employment", "Labour and employment", "Lao động và việc làm"),
        F(6, "health", "Health", "Y tế"),
        F(7, "culture", "Culture", "Văn hóa"),
        F(8, "trade", "Trade", "Thương mại"),
        F(9, "investment", "Investment", "Đầu tư"),
        F(10, "transport", "Transport", "Giao thông vận tải"),
        F(11, "border-management", "Border management", "Quản lý biên giới"),
        F(12, "science-technology", "Science and technology", "Khoa học và công nghệ"),
        F(13, "environment-climate", "Environment and climate", "Môi trường và khí hậu"),
        F(14, "other", "Other", "Khác"),
    ];

    private static CooperationField F(int order, string code, string en, string vi) =>
        new() { Code = code, NameEn = en, NameVi = vi, SortOrder = order };
}
