using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Delegations;

public enum DelegationDirection
{
    Inbound,
    Outbound,
}

public enum DelegationPurpose
{
    Work,
    Survey,
    InvestmentPromotion,
    Culture,
    Education,
    Other,
}

public enum DelegationLevel
{
    NationalLeadership,
    Ministerial,
    ProvincialLeadership,
    DepartmentOrAgency,
    Local,
    Business,
    Other,
}

public enum FundingSource
{
    StateBudget,
    ProvincialBudget,
    InvitingSide,
    Sponsor,
    SelfFunded,
    Mixed,
    Other,
}

public enum DelegationStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
    UnderWay,
    Completed,
    ReportFiled,
    Cancelled,
}

/// <summary>A delegation received by the province (inbound, đoàn vào) or sent abroad by it (outbound, đoàn ra).</summary>
public sealed class Delegation : ProvinceRecord, IUnitSubmission
{
    /// <summary>The unit that registered it through online registration (a unit contributor), or null.</summary>
    public string? SubmittedByUnit { get; set; }

    public DelegationDirection Direction { get; set; }

    public required string Title { get; set; }

    public DelegationPurpose Purpose { get; set; }

    public string? PurposeDetail { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public string? HeadName { get; set; }

    public string? HeadTitle { get; set; }

    public DelegationLevel Level { get; set; }

    /// <summary>How many people the delegation had; the named members may be fewer.</summary>
    public int MemberCount { get; set; }

    public List<DelegationMember> Members { get; set; } = [];

    /// <summary>The hosting unit for an inbound delegation, the sending unit for an outbound one.</summary>
    public string? HostUnit { get; set; }

    public List<DelegationCountry> Countries { get; set; } = [];

    public List<DelegationPartner> Partners { get; set; } = [];

    public FundingSource FundingSource { get; set; }

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    public string? Outcome { get; set; }

    public DelegationStatus Status { get; set; }

    /// <summary>Why it was rejected or cancelled, carried back to the submitter.</summary>
    public string? StatusReason { get; set; }

    public override IReadOnlyList<string> SearchTextRows => ["Members"];

    public override string BuildSearchText() =>
        TextFolding.Join([Title, PurposeDetail, HeadName, HeadTitle, HostUnit, Outcome, DecisionNumber, .. Members.SelectMany(m => new[] { m.Name, m.Title, m.Organisation })]);
}

public sealed class DelegationMember
{
    public int Id { get; set; }

    public int DelegationId { get; set; }

    public required string Name { get; set; }

    public string? Title { get; set; }

    public string? Organisation { get; set; }
}

public sealed class DelegationCountry
{
    public int DelegationId { get; set; }

    public required string CountryCode { get; set; }
}

public sealed class DelegationPartner
{
    public int DelegationId { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }
}
