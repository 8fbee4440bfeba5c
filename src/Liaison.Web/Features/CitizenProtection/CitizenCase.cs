using Liaison.Web.Features.Border;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.CitizenProtection;

/// <summary>Why the people of a case needed the province's help abroad or were sent back.</summary>
public enum CaseKind
{
    Detained,
    IrregularWork,
    Accident,
    Trafficking,
    Death,
    FishermenHeld,
    Other,
}

public enum CaseStatus
{
    Open,
    Closed,
}

/// <summary>
/// People of the province in difficulty abroad or sent back across the border, and what the Department did for them:
/// one case per event, so a group received at a gate on one day (a batch return) is one case with many people.
/// The case itself says nothing personal (kind, country, dates, how many); its people and its free text are for those
/// who handle cases only, and every opening of the file is audited (ADR 0017).
/// </summary>
public sealed class CitizenCase : ProvinceRecord
{
    /// <summary>The Department's own file number, such as "BHCD-2025-014", when it keeps one.</summary>
    public string? FileNumber { get; set; }

    public CaseKind Kind { get; set; }

    /// <summary>Where the people were: the country (ISO 3166-1 alpha-2), and the place within it.</summary>
    public required string CountryCode { get; set; }

    public string? PlaceAbroad { get; set; }

    /// <summary>The foreign authority involved: the police of a Cambodian province, an immigration office, a consulate.</summary>
    public string? ForeignAuthority { get; set; }

    /// <summary>What happened: may name people, so shown only to case handlers.</summary>
    public string? Circumstances { get; set; }

    // The steps, each dated when it was taken. The request (or the notice) opens the case.
    public DateOnly RequestReceivedOn { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public DateOnly? CoordinatedOn { get; set; }

    public DateOnly? ReceivedAtBorderOn { get; set; }

    /// <summary>The gate the people were received at, for a return across the land border.</summary>
    public int? BorderGateId { get; set; }

    public DateOnly? HandedOverOn { get; set; }

    public CaseStatus Status { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>How it ended: may name people, so shown only to case handlers.</summary>
    public string? Outcome { get; set; }

    /// <summary>How many people the case concerns: the rows below, kept on the case so that counts never read a name.</summary>
    public int PeopleCount { get; set; }

    public List<CasePerson> People { get; set; } = [];

    public string Title => FileNumber ?? $"#{Id}";

    /// <summary>Whatever wrote the people (a form, the demo), the count the lists and the report sum follows them.</summary>
    public override void BeforeSave() => PeopleCount = People.Count;

    public override IReadOnlyList<string> SearchTextRows => ["People"];

    // The people come before the free text: the text is cut at 8,000 characters, and a handler searches a batch by name.
    public override string BuildSearchText() => TextFolding.Join(
        [FileNumber, PlaceAbroad, ForeignAuthority, .. People.SelectMany(p => new[] { p.FullName, p.IdentityDocument }), .. People.Select(p => p.HomeCommune).Distinct(), Circumstances, Outcome]);
}

/// <summary>One person of a case: personal data, for case handlers only.</summary>
public sealed class CasePerson
{
    public int Id { get; set; }

    public int CitizenCaseId { get; set; }

    public required string FullName { get; set; }

    /// <summary>Identity card, citizen identity number or passport number, as written on it.</summary>
    public string? IdentityDocument { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The commune (and district) at home the person is handed back to.</summary>
    public string? HomeCommune { get; set; }

    public string? Note { get; set; }
}

internal static class CaseLimits
{
    public const int Name = 200;
    public const int Document = 50;
    public const int Place = 300;
    public const int LongText = 4000;
    public const int Note = 500;
    public const int FileNumber = 100;

    /// <summary>A batch return of a few hundred is the largest the Department receives in a day.</summary>
    public const int MaxPeople = 1000;
}

internal sealed class CitizenCaseConfiguration : IEntityTypeConfiguration<CitizenCase>, IEntityTypeConfiguration<CasePerson>
{
    public void Configure(EntityTypeBuilder<CitizenCase> builder)
    {
        builder.Ignore(c => c.Title);
        builder.Property(c => c.FileNumber).HasMaxLength(CaseLimits.FileNumber);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.PlaceAbroad).HasMaxLength(CaseLimits.Place);
        builder.Property(c => c.ForeignAuthority).HasMaxLength(CaseLimits.Place);
        builder.Property(c => c.Circumstances).HasMaxLength(CaseLimits.LongText);
        builder.Property(c => c.Outcome).HasMaxLength(CaseLimits.LongText);
        builder.HasOne<BorderGate>().WithMany().HasForeignKey(c => c.BorderGateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.People).WithOne().HasForeignKey(p => p.CitizenCaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ProvinceId, c.RequestReceivedOn });
    }

    public void Configure(EntityTypeBuilder<CasePerson> builder)
    {
        builder.Property(p => p.FullName).HasMaxLength(CaseLimits.Name);
        builder.Property(p => p.IdentityDocument).HasMaxLength(CaseLimits.Document);
        builder.Property(p => p.HomeCommune).HasMaxLength(CaseLimits.Name);
        builder.Property(p => p.Note).HasMaxLength(CaseLimits.Note);
    }
}
