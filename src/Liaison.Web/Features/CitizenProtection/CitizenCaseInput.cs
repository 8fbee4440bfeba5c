using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Border;
using Liaison.Web.Features.Reference;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.CitizenProtection;

public sealed class CitizenCaseInput
{
    [StringLength(CaseLimits.FileNumber, ErrorMessage = "The file number must be 100 characters or fewer.")]
    public string? FileNumber { get; set; }

    [Required(ErrorMessage = "Choose what the case is about.")]
    public CaseKind? Kind { get; set; }

    [Required(ErrorMessage = "Choose the country where it happened.")]
    public string? CountryCode { get; set; }

    [StringLength(CaseLimits.Place, ErrorMessage = "The place must be 300 characters or fewer.")]
    public string? PlaceAbroad { get; set; }

    [StringLength(CaseLimits.Place, ErrorMessage = "The foreign authority must be 300 characters or fewer.")]
    public string? ForeignAuthority { get; set; }

    [StringLength(CaseLimits.LongText, ErrorMessage = "The circumstances must be 4,000 characters or fewer.")]
    public string? Circumstances { get; set; }

    [Required(ErrorMessage = "Enter the day the request or notice was received.")]
    public DateOnly? RequestReceivedOn { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public DateOnly? CoordinatedOn { get; set; }

    public DateOnly? ReceivedAtBorderOn { get; set; }

    public int? BorderGateId { get; set; }

    public DateOnly? HandedOverOn { get; set; }

    [Required(ErrorMessage = "Choose the status.")]
    public CaseStatus? Status { get; set; }

    public DateOnly? ClosedOn { get; set; }

    [StringLength(CaseLimits.LongText, ErrorMessage = "The outcome must be 4,000 characters or fewer.")]
    public string? Outcome { get; set; }

    public List<CasePersonInput> People { get; set => field = value ?? []; } = [];

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        People = People.Where(p => !p.IsBlank).ToList();
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(nameof(Kind), "Choose what the case is about from the list.");
        }

        if (Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add(nameof(Status), "Choose the status from the list.");
        }

        if (!string.IsNullOrWhiteSpace(CountryCode))
        {
            var code = CountryCode.Trim().ToUpperInvariant();
            if (!Countries.IsKnown(code))
            {
                errors.Add(nameof(CountryCode), "Choose a country from the list.");
            }
            else if (code == "VN")
            {
                errors.Add(nameof(CountryCode), "A case is about people abroad: choose the foreign country where it happened.");
            }
        }

        CheckSteps(errors, today);

        if (People.Count == 0)
        {
            errors.Add(nameof(People), "Name at least one person the case concerns.");
        }
        else if (People.Count > CaseLimits.MaxPeople)
        {
            errors.Add(nameof(People), "A case can hold at most 1,000 people. Split a larger return into cases by day or by gate.");
        }

        var documents = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < People.Count; i++)
        {
            var person = People[i];
            if (person.DateOfBirth is { } born && (born > today || born.Year < 1900))
            {
                errors.Add($"People[{i}].DateOfBirth", born > today ? "A date of birth can't be in the future." : "The date of birth must be 1900 or later.");
            }

            if (!string.IsNullOrWhiteSpace(person.IdentityDocument) && !documents.Add(person.IdentityDocument.Trim()))
            {
                errors.Add($"People[{i}].IdentityDocument", "This identity document is already given for another person of the case.");
            }
        }

        // A gate archived since the case was linked to it stays a valid link.
        if (BorderGateId is { } gateId && !await db.Set<BorderGate>().AnyAsync(g => g.Id == gateId, ct))
        {
            errors.Add(nameof(BorderGateId), "Choose a border gate of your province.");
        }

        return errors;
    }

    /// <summary>
    /// Every step is dated on or after the request that opened the case, and not in the future; the people are handed to
    /// their commune after they are received at the border; a closed case says when and how it ended.
    /// </summary>
    private void CheckSteps(ValidationErrors errors, DateOnly today)
    {
        if (RequestReceivedOn is { } opened && (opened > today || opened.Year < 1975))
        {
            errors.Add(nameof(RequestReceivedOn), opened > today ? "The request can't be dated in the future." : "The date must be 1975 or later.");
        }

        foreach (var (field, date) in new[] { (nameof(VerifiedOn), VerifiedOn), (nameof(CoordinatedOn), CoordinatedOn), (nameof(ReceivedAtBorderOn), ReceivedAtBorderOn), (nameof(HandedOverOn), HandedOverOn), (nameof(ClosedOn), ClosedOn) })
        {
            if (date is not { } on)
            {
                continue;
            }

            if (on > today)
            {
                errors.Add(field, "A step can't be dated in the future.");
            }
            else if (RequestReceivedOn is { } start && on < start)
            {
                errors.Add(field, "A step can't come before the request that opened the case.");
            }
        }

        if (HandedOverOn is { } handed && ReceivedAtBorderOn is { } received && handed < received)
        {
            errors.Add(nameof(HandedOverOn), "The people are handed to their commune after they are received at the border.");
        }

        if (ClosedOn is { } closed && new[] { VerifiedOn, CoordinatedOn, ReceivedAtBorderOn, HandedOverOn }.Any(step => step > closed))
        {
            errors.Add(nameof(ClosedOn), "A case is closed after its last step.");
        }

        if (BorderGateId is not null && ReceivedAtBorderOn is null)
        {
            errors.Add(nameof(ReceivedAtBorderOn), "Enter the day the people were received at the gate.");
        }

        if (Status == CaseStatus.Closed)
        {
            if (ClosedOn is null)
            {
                errors.Add(nameof(ClosedOn), "Enter the day the case was closed.");
            }

            if (string.IsNullOrWhiteSpace(Outcome))
            {
                errors.Add(nameof(Outcome), "Say how the case ended before closing it.");
            }
        }
        else if (Status == CaseStatus.Open && ClosedOn is not null)
        {
            errors.Add(nameof(ClosedOn), "An open case has no closing date: clear it, or close the case.");
        }
    }

    internal void ApplyTo(CitizenCase c)
    {
        c.FileNumber = TextInput.Clean(FileNumber);
        c.Kind = Kind!.Value;
        c.CountryCode = CountryCode!.Trim().ToUpperInvariant();
        c.PlaceAbroad = TextInput.Clean(PlaceAbroad);
        c.ForeignAuthority = TextInput.Clean(ForeignAuthority);
        c.Circumstances = TextInput.Clean(Circumstances);
        c.RequestReceivedOn = RequestReceivedOn!.Value;
        c.VerifiedOn = VerifiedOn;
        c.CoordinatedOn = CoordinatedOn;
        c.ReceivedAtBorderOn = ReceivedAtBorderOn;
        c.BorderGateId = BorderGateId;
        c.HandedOverOn = HandedOverOn;
        c.Status = Status!.Value;
        c.ClosedOn = ClosedOn;
        c.Outcome = TextInput.Clean(Outcome);
        c.People.Sort((x, y) => x.Id.CompareTo(y.Id)); // the order they were entered, as the form shows them
        RowSync.Apply(c.People, People, () => new CasePerson { FullName = string.Empty }, (p, row) =>
        {
            row.FullName = p.FullName!.Trim();
            row.IdentityDocument = TextInput.Clean(p.IdentityDocument);
            row.DateOfBirth = p.DateOfBirth;
            row.HomeCommune = TextInput.Clean(p.HomeCommune);
            row.Note = TextInput.Clean(p.Note);
        });
        c.PeopleCount = c.People.Count;
    }
}

public sealed class CasePersonInput
{
    [Required(ErrorMessage = "Enter the person's full name, or clear the row.")]
    [StringLength(CaseLimits.Name, ErrorMessage = "The name must be 200 characters or fewer.")]
    public string? FullName { get; set; }

    [StringLength(CaseLimits.Document, ErrorMessage = "The identity document must be 50 characters or fewer.")]
    public string? IdentityDocument { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    [StringLength(CaseLimits.Name, ErrorMessage = "The home commune must be 200 characters or fewer.")]
    public string? HomeCommune { get; set; }

    [StringLength(CaseLimits.Note, ErrorMessage = "The note must be 500 characters or fewer.")]
    public string? Note { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(IdentityDocument) && DateOfBirth is null
        && string.IsNullOrWhiteSpace(HomeCommune) && string.IsNullOrWhiteSpace(Note);
}
