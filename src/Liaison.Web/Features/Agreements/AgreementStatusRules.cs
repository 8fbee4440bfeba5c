namespace Liaison.Web.Features.Agreements;

/// <summary>
/// An agreement's life (Decree 64/2021): proposed → consulting (submitted: opinions of the ministry and other
/// bodies) → approved for signing by a leader's decision, or rejected by a leader with a reason → signed → in
/// force → expired, or terminated once signed. A rejected proposal goes back to proposed to be reworked.
/// A renewal is a new agreement that links to the one it renews.
/// </summary>
public static class AgreementStatusRules
{
    private static readonly Dictionary<AgreementStatus, AgreementStatus[]> Moves = new()
    {
        [AgreementStatus.Proposed] = [AgreementStatus.Consulting],
        [AgreementStatus.Consulting] = [AgreementStatus.ApprovedForSigning, AgreementStatus.Rejected, AgreementStatus.Proposed],
        [AgreementStatus.Rejected] = [AgreementStatus.Proposed],
        [AgreementStatus.ApprovedForSigning] = [AgreementStatus.Signed, AgreementStatus.Consulting],
        [AgreementStatus.Signed] = [AgreementStatus.InForce, AgreementStatus.Terminated],
        [AgreementStatus.InForce] = [AgreementStatus.Expired, AgreementStatus.Terminated],
        [AgreementStatus.Expired] = [],
        [AgreementStatus.Terminated] = [],
    };

    public static IReadOnlyList<AgreementStatus> AllowedFrom(AgreementStatus from) => Moves[from];

    /// <summary>A provincial leader approves an agreement for signing and terminates one; officers record the rest.</summary>
    public static IReadOnlyList<string> WhoMay(AgreementStatus to) => to switch
    {
        AgreementStatus.ApprovedForSigning or AgreementStatus.Rejected or AgreementStatus.Terminated => Accounts.Roles.Leaders,
        _ => Accounts.Roles.RegisterKeepers,
    };

    public static IReadOnlyList<AgreementStatus> AllowedFor(Accounts.CurrentUser user, AgreementStatus from) =>
        user.CanEditRegister ? Moves[from].Where(to => user.IsAnyOf(WhoMay(to))).ToList() : [];

    public static string ExplainWho(AgreementStatus to) => to switch
    {
        AgreementStatus.ApprovedForSigning => "Only a provincial leader can approve an agreement for signing.",
        AgreementStatus.Rejected => "Only a provincial leader can reject an agreement.",
        AgreementStatus.Terminated => "Only a provincial leader can terminate an agreement.",
        _ => $"Your account can't move an agreement to {Label(to)}.",
    };

    public static bool IsAllowed(AgreementStatus from, AgreementStatus to) => Moves[from].Contains(to);

    public static string Explain(AgreementStatus from, AgreementStatus to)
    {
        var why = (from, to) switch
        {
            _ when from == to => $"The agreement is already {Label(from)}.",
            (AgreementStatus.Proposed or AgreementStatus.Rejected, AgreementStatus.ApprovedForSigning or AgreementStatus.Rejected) =>
                "An agreement must be sent for consultation before a leader approves or rejects it.",
            (AgreementStatus.Proposed or AgreementStatus.Consulting or AgreementStatus.Rejected, AgreementStatus.Signed or AgreementStatus.InForce) =>
                "An agreement must be approved for signing before it is signed or in force.",
            (AgreementStatus.ApprovedForSigning, AgreementStatus.InForce) => "An agreement must be signed before it comes into force.",
            (AgreementStatus.Expired or AgreementStatus.Terminated, _) => $"An agreement that is {Label(from)} is closed; record a renewal as a new agreement that renews this one.",
            (_, AgreementStatus.Terminated) => "Only a signed agreement can be terminated.",
            (_, AgreementStatus.Expired) => "Only an agreement in force can expire.",
            _ => $"An agreement that is {Label(from)} can't be moved to {Label(to)}.",
        };
        var allowed = Moves[from];
        return allowed.Length == 0 ? why : $"{why} From {Label(from)} it can move to: {string.Join(", ", allowed.Select(Label))}.";
    }

    public static string Label(AgreementStatus status) => status switch
    {
        AgreementStatus.ApprovedForSigning => "approved for signing",
        AgreementStatus.InForce => "in force",
        _ => status.ToString().ToLowerInvariant(),
    };
}
