using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Reference;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Mechanisms;

public sealed class ForeignMemberInput
{
    [Required(ErrorMessage = "Name the foreign member, or clear the row.")]
    [StringLength(300, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose the member's country.")]
    public string? CountryCode { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(CountryCode);
}

public sealed class MechanismInput
{
    [Required(ErrorMessage = "Choose the kind of mechanism.")]
    public MechanismKind? Kind { get; set; }

    [Required(ErrorMessage = "Name the mechanism.")]
    [StringLength(500, ErrorMessage = "The name must be 500 characters or fewer.")]
    public string? Name { get; set; }

    [StringLength(4000, ErrorMessage = "The description must be 4,000 characters or fewer.")]
    public string? Description { get; set; }

    /// <summary>The domestic member provinces, yours among them: each of them reads the mechanism.</summary>
    public List<int> ProvinceIds { get; set => field = value ?? []; } = [];

    public List<ForeignMemberInput> ForeignMembers { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, int ownProvinceId, CancellationToken ct)
    {
        ForeignMembers = ForeignMembers.Where(f => !f.IsBlank).ToList(); // a form's empty rows
        var errors = new ValidationErrors().CheckAnnotations(this);
        var ids = ProvinceIds.Distinct().ToList();
        if (!ids.Contains(ownProvinceId))
        {
            errors.Add(nameof(ProvinceIds), "Your own province must be a member: a mechanism is kept by its members.");
        }
        else if (await db.Provinces.CountAsync(p => ids.Contains(p.Id), ct) != ids.Count)
        {
            errors.Add(nameof(ProvinceIds), "Choose member provinces from the list.");
        }

        if (ForeignMembers.Count == 0)
        {
            errors.Add(nameof(ForeignMembers), "Add at least one foreign member.");
        }

        for (var i = 0; i < ForeignMembers.Count; i++)
        {
            if (ForeignMembers[i].CountryCode is { } code && !Countries.IsKnown(code.Trim().ToUpperInvariant()))
            {
                errors.Add($"ForeignMembers[{i}].CountryCode", "Choose a country from the list.");
            }
        }

        return errors;
    }

    internal void ApplyTo(Mechanism m)
    {
        m.Kind = Kind!.Value;
        m.Name = Name!.Trim();
        m.Description = Description?.Trim() is { Length: > 0 } d ? d : null;
        var wanted = ProvinceIds.Distinct().ToHashSet();
        m.Provinces.RemoveAll(p => !wanted.Contains(p.ProvinceId));
        m.Provinces.AddRange(wanted.Where(id => m.Provinces.All(p => p.ProvinceId != id)).Select(id => new MechanismProvince { ProvinceId = id }));
        m.ForeignMembers.Clear();
        m.ForeignMembers.AddRange(ForeignMembers.Select(f => new MechanismForeignMember { Name = f.Name!.Trim(), CountryCode = f.CountryCode!.Trim().ToUpperInvariant() }));
    }
}

public sealed class AttendeeInput
{
    [Required(ErrorMessage = "Name the attendee, or clear the row.")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer.")]
    public string? Name { get; set; }

    [StringLength(300, ErrorMessage = "The title must be 300 characters or fewer.")]
    public string? Title { get; set; }

    public AttendeeSide Side { get; set; }

    public AttendeeRole Role { get; set; } = AttendeeRole.Member;

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title);
}

public sealed class ResultInput
{
    [Required(ErrorMessage = "Choose the field.")]
    public string? FieldCode { get; set; }

    [Required(ErrorMessage = "Describe the result, or clear the row.")]
    [StringLength(2000, ErrorMessage = "The description must be 2,000 characters or fewer.")]
    public string? Description { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = "A count can't be negative.")]
    public int? Count { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(FieldCode) && string.IsNullOrWhiteSpace(Description) && Count is null;
}

public sealed class SessionCommitmentInput
{
    [Required(ErrorMessage = "Describe the commitment, or clear the row.")]
    [StringLength(2000, ErrorMessage = "The description must be 2,000 characters or fewer.")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Say which province or unit owns it.")]
    [StringLength(300, ErrorMessage = "The owner must be 300 characters or fewer.")]
    public string? Owner { get; set; }

    public DateOnly? DueDate { get; set; }

    public CommitmentStatus Status { get; set; } = CommitmentStatus.Open;

    [StringLength(4000, ErrorMessage = "The progress notes must be 4,000 characters or fewer.")]
    public string? ProgressNotes { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && DueDate is null && string.IsNullOrWhiteSpace(ProgressNotes);
}

public sealed class SessionInput
{
    [Required(ErrorMessage = "Enter the session's number.")]
    [Range(1, 1000, ErrorMessage = "The number must be between 1 and 1,000.")]
    public int? Number { get; set; }

    [Required(ErrorMessage = "Enter the first day.")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Enter the last day.")]
    public DateOnly? EndDate { get; set; }

    [StringLength(300)]
    public string? Host { get; set; }

    [StringLength(300)]
    public string? Venue { get; set; }

    [Required(ErrorMessage = "Choose the country it was held in.")]
    public string? CountryCode { get; set; }

    /// <summary>The signed minutes: an agreement of kind "minutes" of your province.</summary>
    public int? MinutesAgreementId { get; set; }

    [StringLength(4000)]
    public string? Summary { get; set; }

    public List<AttendeeInput> Attendees { get; set => field = value ?? []; } = [];

    public List<ResultInput> Results { get; set => field = value ?? []; } = [];

    public List<SessionCommitmentInput> Commitments { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, int mechanismId, int? sessionId, CancellationToken ct)
    {
        // A form's empty rows are not rows.
        Attendees = Attendees.Where(a => !a.IsBlank).ToList();
        Results = Results.Where(r => !r.IsBlank).ToList();
        Commitments = Commitments.Where(c => !c.IsBlank).ToList();
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            errors.Add(nameof(EndDate), "The last day can't be before the first.");
        }

        if (CountryCode is { } code && !Countries.IsKnown(code.Trim().ToUpperInvariant()))
        {
            errors.Add(nameof(CountryCode), "Choose a country from the list.");
        }

        if (Number is { } number && await db.MechanismSessions.IgnoreQueryFilters().AnyAsync(s => s.MechanismId == mechanismId && s.Number == number && s.Id != sessionId, ct))
        {
            errors.Add(nameof(Number), $"The mechanism already has a session number {number}.");
        }

        // Another member province may correct the session without being able to read the minutes: a link kept as it was is fine.
        var keptAsItWas = sessionId is { } id && await db.MechanismSessions.AnyAsync(s => s.Id == id && s.MinutesAgreementId == MinutesAgreementId, ct);
        if (MinutesAgreementId is { } minutes && !keptAsItWas && !await db.Agreements.AnyAsync(a => a.Id == minutes && a.Kind == AgreementKind.Minutes, ct))
        {
            errors.Add(nameof(MinutesAgreementId), "Choose signed minutes of your province (an agreement of kind \"minutes\").");
        }

        var fields = Results.Select(r => r.FieldCode).Where(c => c is not null).Distinct().ToList();
        var known = await db.CooperationFields.Where(f => fields.Contains(f.Code)).Select(f => f.Code).ToListAsync(ct);
        for (var i = 0; i < Results.Count; i++)
        {
            if (Results[i].FieldCode is { } field && !known.Contains(field))
            {
                errors.Add($"Results[{i}].FieldCode", "Choose a field from the list.");
            }
        }

        return errors;
    }

    internal void ApplyTo(MechanismSession s)
    {
        s.Number = Number!.Value;
        s.StartDate = StartDate!.Value;
        s.EndDate = EndDate!.Value;
        s.Host = Host?.Trim() is { Length: > 0 } h ? h : null;
        s.Venue = Venue?.Trim() is { Length: > 0 } v ? v : null;
        s.CountryCode = CountryCode!.Trim().ToUpperInvariant();
        s.MinutesAgreementId = MinutesAgreementId;
        s.Summary = Summary?.Trim() is { Length: > 0 } sum ? sum : null;
        RowSync.Apply(s.Attendees, Attendees, () => new SessionAttendee { Name = string.Empty }, (i, a) =>
        {
            a.Name = i.Name!.Trim();
            a.Title = i.Title?.Trim();
            a.Side = i.Side;
            a.Role = i.Role;
        });
        RowSync.Apply(s.Results, Results, () => new SessionResult { FieldCode = string.Empty, Description = string.Empty }, (i, r) =>
        {
            r.FieldCode = i.FieldCode!;
            r.Description = i.Description!.Trim();
            r.Count = i.Count;
        });
        RowSync.Apply(s.Commitments, Commitments, () => new SessionCommitment { Description = string.Empty, Owner = string.Empty }, (i, c) =>
        {
            c.Description = i.Description!.Trim();
            c.Owner = i.Owner!.Trim();
            c.DueDate = i.DueDate;
            c.Status = i.Status;
            c.ProgressNotes = i.ProgressNotes?.Trim() is { Length: > 0 } p ? p : null;
        });
    }
}
