namespace Liaison.Web.Features.Delegations;

/// <summary>
/// The allowed moves of a delegation: draft → submitted → approved or rejected → under way → completed →
/// report filed, or cancelled before it is under way. A rejected delegation goes back to draft to be revised.
/// </summary>
public static class DelegationStatusRules
{
    private static readonly Dictionary<DelegationStatus, DelegationStatus[]> Moves = new()
    {
        [DelegationStatus.Draft] = [DelegationStatus.Submitted, DelegationStatus.Cancelled],
        [DelegationStatus.Submitted] = [DelegationStatus.Approved, DelegationStatus.Rejected, DelegationStatus.Draft, DelegationStatus.Cancelled],
        [DelegationStatus.Rejected] = [DelegationStatus.Draft],
        [DelegationStatus.Approved] = [DelegationStatus.UnderWay, DelegationStatus.Cancelled],
        [DelegationStatus.UnderWay] = [DelegationStatus.Completed],
        [DelegationStatus.Completed] = [DelegationStatus.ReportFiled],
        [DelegationStatus.ReportFiled] = [],
        [DelegationStatus.Cancelled] = [],
    };

    public static IReadOnlyList<DelegationStatus> AllowedFrom(DelegationStatus from) => Moves[from];

    /// <summary>
    /// Who may make a move: a provincial leader approves, rejects, and cancels what was approved; the
    /// people who register delegations (officers, unit contributors, leaders) do the rest.
    /// </summary>
    public static IReadOnlyList<string> WhoMay(DelegationStatus from, DelegationStatus to) => (from, to) switch
    {
        (_, DelegationStatus.Approved or DelegationStatus.Rejected) => Accounts.Roles.Leaders,
        (DelegationStatus.Approved, DelegationStatus.Cancelled) => Accounts.Roles.Leaders,
        _ => Accounts.Roles.Editors,
    };

    /// <summary>The moves from here that this person may make.</summary>
    public static IReadOnlyList<DelegationStatus> AllowedFor(Accounts.CurrentUser user, DelegationStatus from) =>
        user.CanEdit ? Moves[from].Where(to => user.IsAnyOf(WhoMay(from, to))).ToList() : [];

    public static string ExplainWho(DelegationStatus from, DelegationStatus to) => to switch
    {
        DelegationStatus.Approved => "Only a provincial leader can approve a delegation; it is waiting for one.",
        DelegationStatus.Rejected => "Only a provincial leader can reject a delegation.",
        _ when from == DelegationStatus.Approved && to == DelegationStatus.Cancelled => "Only a provincial leader can cancel a delegation that was approved.",
        _ => $"Your account can't move a delegation to {Label(to)}.",
    };

    public static bool IsAllowed(DelegationStatus from, DelegationStatus to) => Moves[from].Contains(to);

    /// <summary>The sentence a person reads when a move is refused: why, and what is possible instead.</summary>
    public static string Explain(DelegationStatus from, DelegationStatus to)
    {
        var why = (from, to) switch
        {
            (_, _) when from == to => $"The delegation is already {Label(from)}.",
            (DelegationStatus.Draft, DelegationStatus.Approved or DelegationStatus.Rejected) => "A draft must be submitted for approval before it can be approved or rejected.",
            (DelegationStatus.Draft or DelegationStatus.Submitted, DelegationStatus.UnderWay or DelegationStatus.Completed or DelegationStatus.ReportFiled) =>
                "A delegation can't be under way, completed or reported on before it is approved.",
            (DelegationStatus.Approved, DelegationStatus.Completed or DelegationStatus.ReportFiled) => "An approved delegation must be marked under way before it is completed.",
            (DelegationStatus.UnderWay, DelegationStatus.Cancelled) => "A delegation already under way can't be cancelled; mark it completed and say what happened in its outcome.",
            (DelegationStatus.UnderWay, DelegationStatus.ReportFiled) => "The delegation must be completed before its report is filed.",
            (DelegationStatus.ReportFiled or DelegationStatus.Cancelled, _) => $"A delegation that is {Label(from)} is closed and can't change status.",
            (DelegationStatus.Rejected, _) => "A rejected delegation goes back to draft to be revised and submitted again.",
            _ => $"A delegation that is {Label(from)} can't be moved to {Label(to)}.",
        };
        var allowed = Moves[from];
        return allowed.Length == 0
            ? why
            : $"{why} From {Label(from)} it can move to: {string.Join(", ", allowed.Select(Label))}.";
    }

    public static string Label(DelegationStatus status) => status switch
    {
        DelegationStatus.UnderWay => "under way",
        DelegationStatus.ReportFiled => "report filed",
        _ => status.ToString().ToLowerInvariant(),
    };
}
