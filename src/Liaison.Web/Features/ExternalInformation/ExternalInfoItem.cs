using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.ExternalInformation;

public enum InfoKind
{
    Publication,
    PressRelease,
    NewsItem,
    Campaign,

    /// <summary>A claim about the province seen online or in the press, followed up and answered (the monitoring side of the programme).</summary>
    ClaimMonitored,
}

public enum InfoChannel
{
    Website,
    Newspaper,
    Television,
    Radio,
    SocialMedia,
    Print,
    Event,
    Other,
}

/// <summary>
/// One item of the province's external-information programme: something it put out about its foreign affairs (a
/// publication, a press release, a news item, a campaign) with its channel, language, date and the audience it reached
/// where known; or a claim it monitors (where it was seen, the response and when). Counted by channel in the report.
/// </summary>
public sealed class ExternalInfoItem : ProvinceRecord
{
    public InfoKind Kind { get; set; }

    /// <summary>The title, or for a monitored claim, what the claim says.</summary>
    public required string Title { get; set; }

    public InfoChannel Channel { get; set; }

    /// <summary>The language it was put out in (ISO 639-1: vi, en, km, zh…), or the claim's.</summary>
    public required string Language { get; set; }

    /// <summary>The day it was published, or the claim was seen.</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>How many people it reached (readers, viewers, views), where known.</summary>
    public int? Reach { get; set; }

    /// <summary>Where it appeared: the outlet, page or address.</summary>
    public string? Where { get; set; }

    /// <summary>For a monitored claim: the response given, and when.</summary>
    public string? Response { get; set; }

    public DateOnly? RespondedOn { get; set; }

    public string? Notes { get; set; }

    public override string BuildSearchText() => TextFolding.Join(Title, Where, Response, Notes);
}

public static class InfoLimits
{
    public const int Title = 500;
    public const int Where = 500;
    public const int LongText = 4000;

    /// <summary>The languages offered on the form; an API caller may send any ISO 639-1 code.</summary>
    public static IReadOnlyList<string> CommonLanguages { get; } = ["vi", "en", "km", "lo", "zh", "ko", "ja", "fr", "ru"];
}

internal sealed class ExternalInfoItemConfiguration : IEntityTypeConfiguration<ExternalInfoItem>
{
    public void Configure(EntityTypeBuilder<ExternalInfoItem> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(InfoLimits.Title);
        builder.Property(i => i.Language).HasMaxLength(2);
        builder.Property(i => i.Where).HasMaxLength(InfoLimits.Where);
        builder.Property(i => i.Response).HasMaxLength(InfoLimits.LongText);
        builder.Property(i => i.Notes).HasMaxLength(InfoLimits.LongText);
        builder.HasIndex(i => new { i.ProvinceId, i.OccurredOn });
    }
}
