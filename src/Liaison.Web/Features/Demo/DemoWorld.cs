using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Partners;

namespace Liaison.Web.Features.Demo;

// The shape of demo-world.json: the partners, agreements, delegations and activities that the five
// articles in shared/seeds name, and the figures they publish. Keys are "<province>/<slug>".
#pragma warning disable CA1812 // instantiated by the JSON deserializer
internal sealed record DemoWorld(
    List<DemoPartner> Partners,
    List<DemoAgreement> Agreements,
    List<DemoDelegation> Delegations,
    List<DemoActivity> Activities,
    List<DemoFigure> Figures);

internal sealed record DemoContact(string Name, string? Title, DateOnly? Since, DateOnly? Until);

internal sealed record DemoPartner(
    string Key, string Province, PartnerKind Kind, string? NativeName, string NameEn, string? NameVi,
    string Country, string? Parent, string? Notes, List<DemoContact>? Contacts);

internal sealed record DemoParty(DomesticPartyKind Kind, string Name);

internal sealed record DemoCommitment(string Description, string OwnerUnit, DateOnly? DueDate, CommitmentStatus Status, string? ProgressNotes);

internal sealed record DemoAgreement(
    string Key, string Province, AgreementKind Kind, string Title, string? Summary, List<DemoParty> DomesticParties,
    List<string> Partners, List<string> Fields, DateOnly? SignedOn, string? SignedPlace, string? Language,
    string? SignerName, string? SignerTitle, DateOnly? ValidFrom, DateOnly? ValidTo, AgreementStatus Status,
    string? Renews, List<DemoCommitment>? Commitments);

internal sealed record DemoMember(string Name, string? Title, string? Organisation);

internal sealed record DemoDelegation(
    string Key, string Province, DelegationDirection Direction, string Title, DelegationPurpose Purpose, string? PurposeDetail,
    DateOnly StartDate, DateOnly EndDate, string? HeadName, string? HeadTitle, DelegationLevel Level, int MemberCount,
    List<DemoMember>? Members, string? HostUnit, List<string> Countries, List<string> Partners, FundingSource FundingSource,
    string? DecisionNumber, DateOnly? DecisionDate, string? Outcome, DelegationStatus Status);

internal sealed record DemoActivity(
    string Key, string Province, ActivityKind Kind, string Title, DateOnly StartDate, DateOnly EndDate, bool InProvince,
    string? Place, string? Country, List<string> Partners, string? Organiser, int? ParticipantCount, string? Delegation,
    string? Outcome, ActivityStatus Status);

internal sealed record DemoFigure(string Province, string Indicator, DateOnly? From, DateOnly? To, decimal? Value, string? Unit, string? Statement, string? Source);
#pragma warning restore CA1812
