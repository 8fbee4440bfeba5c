using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.Activities;

public enum ActivityKind
{
    PeopleToPeopleExchange,
    CulturalProgramme,
    Festival,
    ConferenceOrSeminar,
    TradeFair,
    InvestmentPromotion,
    TrainingCourse,
    Scholarship,
    ForeignPressVisit,
    JointExercise,
    JointPatrol,
    BorderInspection,
    Other,
}

public enum ActivityStatus
{
    Planned,
    Held,
    Cancelled,
}

/// <summary>An exchange or event: a seminar, a festival, a training course, a foreign press visit, a joint patrol…</summary>
public sealed class Activity : ProvinceRecord, IUnitSubmission
{
    /// <summary>The unit that registered it through online registration (a unit contributor), or null.</summary>
    public string? SubmittedByUnit { get; set; }

    public ActivityKind Kind { get; set; }

    public required string Title { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>True when it takes place in the province; otherwise <see cref="CountryCode"/> says where abroad.</summary>
    public bool InProvince { get; set; }

    public string? Place { get; set; }

    public required string CountryCode { get; set; }

    public List<ActivityPartner> Partners { get; set; } = [];

    public string? Organiser { get; set; }

    public int? ParticipantCount { get; set; }

    public string? Outcome { get; set; }

    public ActivityStatus Status { get; set; }

    /// <summary>The delegation visit this activity was part of, if any.</summary>
    public int? DelegationId { get; set; }

    public Delegation? Delegation { get; set; }

    /// <summary>For a joint patrol, a border inspection or a joint exercise: the gate it was held at, if one.</summary>
    public int? BorderGateId { get; set; }

    /// <summary>…or the stretch of border it covered, such as "markers 79 to 85".</summary>
    public string? BorderStretch { get; set; }

    /// <summary>The kinds of activity that happen at the border and so may name a gate or a stretch.</summary>
    public static bool IsBorderKind(ActivityKind kind) => kind is ActivityKind.JointPatrol or ActivityKind.BorderInspection or ActivityKind.JointExercise;

    public override string BuildSearchText() => TextFolding.Join(Title, Place, Organiser, Outcome, BorderStretch);
}

public sealed class ActivityPartner
{
    public int ActivityId { get; set; }

    public int PartnerId { get; set; }

    public Partner? Partner { get; set; }
}
