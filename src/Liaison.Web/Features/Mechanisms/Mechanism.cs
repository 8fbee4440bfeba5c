using Liaison.Web.Features.Agreements;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Mechanisms;

public enum MechanismKind
{
    JointWorkingGroup,

    /// <summary>Such as the annual conference of the provincial Party secretaries.</summary>
    LeadersConference,
    TwinningCommittee,
    Other,
}

public enum AttendeeSide
{
    Domestic,
    Foreign,
}

public enum AttendeeRole
{
    HeadOfDelegation,
    DeputyHead,
    Member,
    Observer,
}

/// <summary>
/// A standing cooperation mechanism with members on both sides (the Joint Working Group of Lai Chau, Lao Cai,
/// Tuyen Quang and Dien Bien with Yunnan), meeting in numbered sessions. Unlike other records it is shared:
/// every member province reads it and keeps its sessions. <see cref="ProvinceRecord.ProvinceId"/> is the province
/// that registered it.
/// </summary>
public sealed class Mechanism : ProvinceRecord
{
    public MechanismKind Kind { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public List<MechanismProvince> Provinces { get; set; } = [];

    public List<MechanismForeignMember> ForeignMembers { get; set; } = [];

    public List<MechanismSession> Sessions { get; set; } = [];

    public override IReadOnlyList<string> SearchTextRows => ["ForeignMembers"];

    public override string BuildSearchText() =>
        TextFolding.Join([Name, Description, .. ForeignMembers.Select(m => m.Name)]);
}

/// <summary>A domestic member: the provinces that see the mechanism.</summary>
public sealed class MechanismProvince
{
    public int MechanismId { get; set; }

    public int ProvinceId { get; set; }
}

/// <summary>
/// A foreign member, by name and country: a partner record belongs to one province, and the other members
/// could not read it.
/// </summary>
public sealed class MechanismForeignMember
{
    public int Id { get; set; }

    public int MechanismId { get; set; }

    public required string Name { get; set; }

    public required string CountryCode { get; set; }
}

/// <summary>
/// A numbered session: who came, the signed minutes, the results reported since the previous session, and the
/// directions agreed, each a commitment with an owner, a due date and a status. Read by every member province.
/// </summary>
public sealed class MechanismSession : ProvinceRecord
{
    public int MechanismId { get; set; }

    public Mechanism? Mechanism { get; set; }

    public int Number { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>Who hosted: "Lai Chau Provincial People's Committee".</summary>
    public string? Host { get; set; }

    public string? Venue { get; set; }

    public required string CountryCode { get; set; }

    /// <summary>The signed minutes, an agreement of kind "minutes" kept by the registering province.</summary>
    public int? MinutesAgreementId { get; set; }

    public string? Summary { get; set; }

    public List<SessionAttendee> Attendees { get; set; } = [];

    public List<SessionResult> Results { get; set; } = [];

    public List<SessionCommitment> Commitments { get; set; } = [];

    public override IReadOnlyList<string> SearchTextRows => ["Attendees", "Commitments"];

    public override string BuildSearchText() =>
        TextFolding.Join([Host, Venue, Summary, .. Attendees.Select(a => a.Name), .. Commitments.Select(c => c.Description)]);
}

public sealed class SessionAttendee
{
    public int Id { get; set; }

    public int MechanismSessionId { get; set; }

    public required string Name { get; set; }

    public string? Title { get; set; }

    public AttendeeSide Side { get; set; }

    public AttendeeRole Role { get; set; }
}

/// <summary>A result reported at the session for the period since the previous one: "548 exchange activities".</summary>
public sealed class SessionResult
{
    public int Id { get; set; }

    public int MechanismSessionId { get; set; }

    /// <summary>A field of cooperation's code.</summary>
    public required string FieldCode { get; set; }

    public required string Description { get; set; }

    public int? Count { get; set; }
}

/// <summary>A direction agreed at the session: who owns it, by when, how far it has come.</summary>
public sealed class SessionCommitment
{
    public int Id { get; set; }

    public int MechanismSessionId { get; set; }

    public required string Description { get; set; }

    /// <summary>The province or unit that owns it.</summary>
    public required string Owner { get; set; }

    public DateOnly? DueDate { get; set; }

    public CommitmentStatus Status { get; set; }

    public string? ProgressNotes { get; set; }
}

internal sealed class MechanismConfiguration : IEntityTypeConfiguration<Mechanism>
{
    public void Configure(EntityTypeBuilder<Mechanism> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(500);
        builder.Property(m => m.Description).HasMaxLength(4000);
        builder.HasMany(m => m.Provinces).WithOne().HasForeignKey(p => p.MechanismId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.ForeignMembers).WithOne().HasForeignKey(p => p.MechanismId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Sessions).WithOne(s => s.Mechanism).HasForeignKey(s => s.MechanismId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MechanismProvinceConfiguration : IEntityTypeConfiguration<MechanismProvince>
{
    public void Configure(EntityTypeBuilder<MechanismProvince> builder)
    {
        builder.HasKey(p => new { p.MechanismId, p.ProvinceId });
        builder.HasIndex(p => p.ProvinceId);
        builder.HasOne<Provinces.Province>().WithMany().HasForeignKey(p => p.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MechanismForeignMemberConfiguration : IEntityTypeConfiguration<MechanismForeignMember>
{
    public void Configure(EntityTypeBuilder<MechanismForeignMember> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(300);
        builder.Property(m => m.CountryCode).HasMaxLength(2);
    }
}

internal sealed class MechanismSessionConfiguration : IEntityTypeConfiguration<MechanismSession>
{
    public void Configure(EntityTypeBuilder<MechanismSession> builder)
    {
        builder.Property(s => s.Host).HasMaxLength(300);
        builder.Property(s => s.Venue).HasMaxLength(300);
        builder.Property(s => s.CountryCode).HasMaxLength(2);
        builder.Property(s => s.Summary).HasMaxLength(4000);
        builder.HasIndex(s => new { s.MechanismId, s.Number }).IsUnique();
        builder.HasOne<Agreement>().WithMany().HasForeignKey(s => s.MinutesAgreementId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Attendees).WithOne().HasForeignKey(a => a.MechanismSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Results).WithOne().HasForeignKey(a => a.MechanismSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Commitments).WithOne().HasForeignKey(a => a.MechanismSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionRowsConfiguration :
    IEntityTypeConfiguration<SessionAttendee>, IEntityTypeConfiguration<SessionResult>, IEntityTypeConfiguration<SessionCommitment>
{
    public void Configure(EntityTypeBuilder<SessionAttendee> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Title).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<SessionResult> builder)
    {
        builder.Property(r => r.FieldCode).HasMaxLength(60);
        builder.Property(r => r.Description).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<SessionCommitment> builder)
    {
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.Owner).HasMaxLength(300);
        builder.Property(c => c.ProgressNotes).HasMaxLength(4000);
        builder.HasIndex(c => new { c.Status, c.DueDate });
    }
}
