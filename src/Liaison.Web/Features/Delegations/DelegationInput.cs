using System.ComponentModel.DataAnnotations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Reference;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Delegations;

/// <summary>What a person types to record or change a delegation. Its status moves separately (<see cref="ChangeDelegationStatusHandler"/>).</summary>
public sealed class DelegationInput
{
    [Required(ErrorMessage = "Choose whether the delegation is inbound or outbound.")]
    public DelegationDirection? Direction { get; set; }

    [Required(ErrorMessage = "Enter a short title for the delegation.")]
    [StringLength(DelegationLimits.Title, ErrorMessage = "The delegation's title must be 300 characters or fewer.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Choose the purpose of the visit.")]
    public DelegationPurpose? Purpose { get; set; }

    [StringLength(DelegationLimits.LongText, ErrorMessage = "The purpose must be 4,000 characters or fewer.")]
    public string? PurposeDetail { get; set; }

    [Required(ErrorMessage = "Enter the start date.")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Enter the end date.")]
    public DateOnly? EndDate { get; set; }

    [StringLength(DelegationLimits.Name, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? HeadName { get; set; }

    [StringLength(DelegationLimits.Name, ErrorMessage = "The title must be 300 characters or fewer.")]
    public string? HeadTitle { get; set; }

    [Required(ErrorMessage = "Choose the level of the delegation.")]
    public DelegationLevel? Level { get; set; }

    [Required(ErrorMessage = "Enter how many people the delegation has.")]
    [Range(1, DelegationLimits.MaxMembers, ErrorMessage = "The number of members must be between 1 and 2,000.")]
    public int? MemberCount { get; set; }

    public List<MemberInput> Members { get; set => field = value ?? []; } = [];

    [StringLength(DelegationLimits.Name, ErrorMessage = "The unit must be 300 characters or fewer.")]
    public string? HostUnit { get; set; }

    public string[] CountryCodes { get; set => field = value ?? []; } = [];

    public int[] PartnerIds { get; set => field = value ?? []; } = [];

    [Required(ErrorMessage = "Choose the funding source.")]
    public FundingSource? FundingSource { get; set; }

    [StringLength(DelegationLimits.DecisionNumber, ErrorMessage = "The decision number must be 100 characters or fewer.")]
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    [StringLength(DelegationLimits.LongText, ErrorMessage = "The outcome must be 4,000 characters or fewer.")]
    public string? Outcome { get; set; }

    public int Version { get; set; }

    internal async Task<ValidationErrors> ValidateAsync(AppDbContext db, CancellationToken ct)
    {
        Members = Members.Where(m => !m.IsBlank).ToList();
        CountryCodes = CountryCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToArray();
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (StartDate is { } start && EndDate is { } end && end < start)
        {
            errors.Add(nameof(EndDate), "The end date must be the same as or after the start date.");
        }

        if (StartDate is { Year: < 1945 or > 2100 })
        {
            errors.Add(nameof(StartDate), "The start date must be between 1945 and 2100.");
        }

        if (CountryCodes.Length == 0)
        {
            errors.Add(nameof(CountryCodes), Direction == DelegationDirection.Outbound
                ? "Choose at least one country the delegation visits."
                : "Choose at least one country the delegation comes from.");
        }

        foreach (var code in CountryCodes.Where(c => !Countries.IsKnown(c)))
        {
            errors.Add(nameof(CountryCodes), $"\"{code}\" is not an ISO 3166-1 country code. Choose countries from the list.");
        }

        if (MemberCount is { } count && Members.Count > count)
        {
            errors.Add(nameof(MemberCount), $"You named {Members.Count} members but the delegation has {count}. Raise the number of members or remove names.");
        }

        await PartnerReferences.CheckAsync(db, PartnerIds, errors, nameof(PartnerIds), ct);
        return errors;
    }

    internal void ApplyTo(Delegation d)
    {
        d.Direction = Direction!.Value;
        d.Title = Title!.Trim();
        d.Purpose = Purpose!.Value;
        d.PurposeDetail = PurposeDetail?.Trim();
        d.StartDate = StartDate!.Value;
        d.EndDate = EndDate!.Value;
        d.HeadName = HeadName?.Trim();
        d.HeadTitle = HeadTitle?.Trim();
        d.Level = Level!.Value;
        d.MemberCount = MemberCount!.Value;
        d.HostUnit = HostUnit?.Trim();
        d.FundingSource = FundingSource!.Value;
        d.DecisionNumber = DecisionNumber?.Trim();
        d.DecisionDate = DecisionDate;
        d.Outcome = Outcome?.Trim();
        d.Members.Sort((x, y) => x.Id.CompareTo(y.Id)); // the order they were entered, as the form shows them
        RowSync.Apply(d.Members, Members, () => new DelegationMember { Name = string.Empty }, (m, row) =>
        {
            row.Name = m.Name!.Trim();
            row.Title = m.Title?.Trim();
            row.Organisation = m.Organisation?.Trim();
        });
        d.Countries.RemoveAll(c => !CountryCodes.Contains(c.CountryCode));
        d.Countries.AddRange(CountryCodes.Where(code => d.Countries.All(c => c.CountryCode != code)).Select(code => new DelegationCountry { CountryCode = code }));
        d.Partners.RemoveAll(p => !PartnerIds.Contains(p.PartnerId));
        d.Partners.AddRange(PartnerIds.Distinct().Where(id => d.Partners.All(p => p.PartnerId != id)).Select(id => new DelegationPartner { PartnerId = id }));
    }
}

public sealed class MemberInput
{
    [Required(ErrorMessage = "Enter the member's name, or clear the row.")]
    [StringLength(DelegationLimits.Name, ErrorMessage = "The name must be 300 characters or fewer.")]
    public string? Name { get; set; }

    [StringLength(DelegationLimits.Name, ErrorMessage = "The title must be 300 characters or fewer.")]
    public string? Title { get; set; }

    [StringLength(DelegationLimits.Name, ErrorMessage = "The organisation must be 300 characters or fewer.")]
    public string? Organisation { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Organisation);
}
