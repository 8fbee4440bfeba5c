using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Agreements;

/// <summary>The names the Law on International Agreements 2020 allows for an agreement of a province.</summary>
public enum AgreementKind
{
    Agreement,
    MemorandumOfUnderstanding,
    Minutes,
    LetterOfIntent,
    CooperationProgramme,
    Communique,
    Declaration,
}

public enum AgreementStatus
{
    Proposed,
    Consulting,
    ApprovedForSigning,

    /// <summary>Refused by a leader, with the reason; the officers rework it as a new proposal.</summary>
    Rejected,
    Signed,
    InForce,
    Expired,
    Terminated,
}

public enum DomesticPartyKind
{
    Province,
    Department,
    Commune,
    OtherUnit,
}

public enum AgreementEventKind
{
    Signed,
    Amended,
    Extended,
    Suspended,
    Terminated,
}

public enum CommitmentStatus
{
    Open,
    InProgress,
    Done,
    Dropped,
}

public sealed class Agreement : ProvinceRecord
{
    public AgreementKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public List<AgreementDomesticParty> DomesticParties { get; set; } = [];

    public List<AgreementPartner> Partners { get; set; } = [];

    public List<AgreementField> Fields { get; set; } = [];

    public DateOnly? SignedOn { get; set; }

    public string? SignedPlace { get; set; }

    public string? Language { get; set; }

    public string? SignerName { get; set; }

    public string? SignerTitle { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public AgreementStatus Status { get; set; }

    /// <summary>The leader's decision approving the signing (Decree 64/2021): its number and date.</summary>
    public string? ApprovalDecisionNumber { get; set; }

    public DateOnly? ApprovalDecisionDate { get; set; }

    /// <summary>Why a leader rejected it, carried back to the officers who proposed it.</summary>
    public string? StatusReason { get; set; }

    /// <summary>The agreement this one renews, if any.</summary>
    public int? RenewsAgreementId { get; set; }

    public Agreement? RenewsAgreement { get; set; }

    public List<AgreementEvent> Events { get; set; } = [];

    public List<Commitment> Commitments { get; set; } = [];

    public override IReadOnlyList<string> SearchTextRows => ["DomesticParties", "Commitments"];

    public override string BuildSearchText() =>
        TextFolding.Join([Title, Summary, SignedPlace, SignerName, SignerTitle, .. DomesticParties.Select(p => p.Name), .. Commitments.Select(c => c.Description)]);
}

public sealed class AgreementDomesticParty
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    public DomesticPartyKind Kind { get; set; }

    public required string Name { get; set; }
}

public sealed class AgreementPartner
{
    public int AgreementId { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }
}

public sealed class AgreementField
{
    public int AgreementId { get; set; }

    public required string FieldCode { get; set; }
}

/// <summary>A dated event in an agreement's life: signed, amended, extended, suspended, terminated.</summary>
public sealed class AgreementEvent
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    public AgreementEventKind Kind { get; set; }

    public DateOnly OccurredOn { get; set; }

    public string? Note { get; set; }
}

/// <summary>A follow-up action an agreement creates: who owns it, when it is due, how far it has come.</summary>
public sealed class Commitment
{
    public int Id { get; set; }

    public int AgreementId { get; set; }

    public required string Description { get; set; }

    public required string OwnerUnit { get; set; }

    public DateOnly? DueDate { get; set; }

    public CommitmentStatus Status { get; set; }

    public string? ProgressNotes { get; set; }
}
