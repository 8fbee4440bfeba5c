using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Reference;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Activities;

public sealed class ActivityInput
{
    [Required(ErrorMessage = "Choose the kind of activity.")]
    public ActivityKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the activity's title.")]
    [StringLength(ActivityLimits.Title, ErrorMessage = "The title must be 500 characters or fewer.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Enter the start date.")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Enter the end date.")]
    public DateOnly? EndDate { get; set; }

    public bool InProvince { get; set; } = true;

    [StringLength(ActivityLimits.Name, ErrorMessage = "The place must be 300 characters or fewer.")]
    public string? Place { get; set; }

    /// <summary>Where it takes place; Vietnam when in the province.</summary>
    public string? CountryCode { get; set; }

    public int[] PartnerIds { get; set => field = value ?? []; } = [];

    [StringLength(ActivityLimits.Name, ErrorMessage = "The organiser must be 300 characters or fewer.")]
    public string? Organiser { get; set; }

    [Range(0, ActivityLimits.MaxParticipants, ErrorMessage = "The number of participants must be between 0 and 1,000,000.")]
    public int? ParticipantCount { get; set; }

    [StringLength(ActivityLimits.LongText, ErrorMessage = "The outcome must be 4,000 characters or fewer.")]
    public string? Outcome { get; set; }

    public ActivityStatus? Status { get; set; }

    public int? DelegationId { get; set; }

    /// <summary>For a joint patrol, border inspection or joint exercise: the gate it was held at.</summary>
    public int? BorderGateId { get; set; }

    [StringLength(300, ErrorMessage = "The stretch of border must be 300 characters or fewer.")]
    public string? BorderStretch { get; set; }

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        if (InProvince && string.IsNullOrWhiteSpace(CountryCode))
        {
            CountryCode = "VN";
        }

        var errors = new ValidationErrors().CheckAnnotations(this);
        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            errors.Add(nameof(EndDate), "The end date must be the same as or after the start date.");
        }

        if (StartDate is { Year: < 1945 or > 2100 })
        {
            errors.Add(nameof(StartDate), "The start date must be between 1945 and 2100.");
        }

        if (string.IsNullOrWhiteSpace(CountryCode))
        {
            errors.Add(nameof(CountryCode), "Choose the country where the activity takes place.");
        }
        else if (!Countries.IsKnown(CountryCode))
        {
            errors.Add(nameof(CountryCode), $"\"{CountryCode}\" is not an ISO 3166-1 country code. Choose a country from the list.");
        }
        else if (InProvince && CountryCode != "VN")
        {
            errors.Add(nameof(CountryCode), "An activity in the province takes place in Vietnam; untick 'in the province' for one abroad.");
        }

        await PartnerReferences.CheckAsync(db, PartnerIds, errors, nameof(PartnerIds), ct);
        if (DelegationId is { } delegationId && !await db.Delegations.AnyAsync(d => d.Id == delegationId, ct))
        {
            errors.Add(nameof(DelegationId), "Choose a delegation of your province.");
        }

        var atTheBorder = BorderGateId is not null || !string.IsNullOrWhiteSpace(BorderStretch);
        if (atTheBorder && Kind is { } kind && !Activity.IsBorderKind(kind))
        {
            errors.Add(BorderGateId is not null ? nameof(BorderGateId) : nameof(BorderStretch),
                "Only a joint patrol, a border inspection or a joint exercise is linked to a gate or a stretch of border.");
        }
        else if (BorderGateId is { } gateId && !await db.Set<Border.BorderGate>().AnyAsync(g => g.Id == gateId, ct))
        {
            errors.Add(nameof(BorderGateId), "Choose a border gate of your province.");
        }

        return errors;
    }

    internal void ApplyTo(Activity a)
    {
        a.Kind = Kind!.Value;
        a.Title = Title!.Trim();
        a.StartDate = StartDate!.Value;
        a.EndDate = EndDate!.Value;
        a.InProvince = InProvince;
        a.Place = Place?.Trim();
        a.CountryCode = CountryCode!;
        a.Organiser = Organiser?.Trim();
        a.ParticipantCount = ParticipantCount;
        a.Outcome = Outcome?.Trim();
        a.Status = Status ?? ActivityStatus.Planned;
        a.DelegationId = DelegationId;
        a.BorderGateId = BorderGateId;
        a.BorderStretch = BorderStretch?.Trim() is { Length: > 0 } stretch ? stretch : null;
        a.Partners.RemoveAll(p => !PartnerIds.Contains(p.PartnerId));
        a.Partners.AddRange(PartnerIds.Distinct().Where(id => a.Partners.All(p => p.PartnerId != id)).Select(id => new ActivityPartner { PartnerId = id }));
    }
}
