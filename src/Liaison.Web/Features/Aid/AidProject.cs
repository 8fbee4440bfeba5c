using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Aid;

/// <summary>How the aid comes (Decree 313/2025): a programme, a project, or one-off aid.</summary>
public enum AidForm
{
    Project,
    Programme,
    OneOff,
}

/// <summary>The IATI activity status; the numbers are the IATI codes.</summary>
public enum AidStatus
{
    Pipeline = 1,
    Implementation = 2,
    Finalisation = 3,
    Closed = 4,
    Cancelled = 5,
    Suspended = 6,
}

/// <summary>What an organisation does in the project: the IATI organisation roles, numbered as IATI numbers them.</summary>
public enum ParticipantRole
{
    Funding = 1,
    Accountable = 2,
    Extending = 3,
    Implementing = 4,
}

/// <summary>Money moving in the project; exported as IATI transaction types 2, 3 and 4.</summary>
public enum AidTransactionKind
{
    Commitment,
    Disbursement,
    Expenditure,
}

/// <summary>
/// Non-refundable foreign aid received by the province: who gives and who carries it out, what for (DAC
/// sectors), where, under which approval, and the money: the aid's value, the province's counterpart funds,
/// each commitment, disbursement and expenditure in its own currency, and aid in kind.
/// </summary>
public sealed class AidProject : ProvinceRecord
{
    public required string Title { get; set; }

    /// <summary>The donor's IATI identifier, for a project imported from the donor's IATI data; null for the province's own.</summary>
    public string? IatiIdentifier { get; set; }

    public string? Description { get; set; }

    public AidForm Form { get; set; }

    public AidStatus Status { get; set; } = AidStatus.Pipeline;

    public List<AidParticipant> Participants { get; set; } = [];

    public List<AidSector> Sectors { get; set; } = [];

    public List<AidPlace> Places { get; set; } = [];

    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    /// <summary>Who approved it: the provincial chairman, or the body the decree names.</summary>
    public string? Approver { get; set; }

    public DateOnly PlannedStart { get; set; }

    public DateOnly? PlannedEnd { get; set; }

    public DateOnly? ActualStart { get; set; }

    public DateOnly? ActualEnd { get; set; }

    public decimal? ValueAmount { get; set; }

    public string? ValueCurrency { get; set; }

    public decimal? CounterpartAmount { get; set; }

    public string? CounterpartCurrency { get; set; }

    public List<AidTransaction> Transactions { get; set; } = [];

    public List<AidInKind> InKind { get; set; } = [];

    public override IReadOnlyList<string> SearchTextRows => ["Participants", "Places"];

    public override string BuildSearchText() =>
        TextFolding.Join([Title, Description, DecisionNumber, Approver, .. Participants.Select(p => p.Name), .. Places.Select(p => p.Name)]);
}

/// <summary>An organisation taking part: a partner from the register (a donor) or, by name, a domestic body.</summary>
public sealed class AidParticipant
{
    public int Id { get; set; }

    public int AidProjectId { get; set; }

    public ParticipantRole Role { get; set; }

    public int? PartnerId { get; set; }

    public Partner? Partner { get; set; }

    /// <summary>The organisation's name; for a partner, its English name at the time.</summary>
    public required string Name { get; set; }
}

public sealed class AidSector
{
    public int Id { get; set; }

    public int AidProjectId { get; set; }

    /// <summary>The OECD DAC 5-digit purpose code.</summary>
    public required string Code { get; set; }

    public decimal Percentage { get; set; }
}

public sealed class AidPlace
{
    public int Id { get; set; }

    public int AidProjectId { get; set; }

    /// <summary>A commune, ward or district of the province.</summary>
    public required string Name { get; set; }
}

public sealed class AidTransaction
{
    public int Id { get; set; }

    public int AidProjectId { get; set; }

    public AidTransactionKind Kind { get; set; }

    public DateOnly Date { get; set; }

    public decimal Amount { get; set; }

    public required string Currency { get; set; }

    public string? Description { get; set; }
}

/// <summary>Aid given as goods or equipment, counted by quantity and, where known, by value.</summary>
public sealed class AidInKind
{
    public int Id { get; set; }

    public int AidProjectId { get; set; }

    public required string Description { get; set; }

    public decimal Quantity { get; set; }

    public string? Unit { get; set; }

    public decimal? ValueAmount { get; set; }

    public string? ValueCurrency { get; set; }
}
