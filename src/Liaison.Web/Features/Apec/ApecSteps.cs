namespace Liaison.Web.Features.Apec;

/// <summary>
/// The order of an application's steps: received, appraised, sent for approval, then approved or refused, and an
/// approved one gets its card. No step is skipped and none is taken back; a refusal is the end.
/// </summary>
public static class ApecSteps
{
    private static readonly Dictionary<ApecStep, ApecStep[]> Next = new()
    {
        [ApecStep.Received] = [ApecStep.Appraised],
        [ApecStep.Appraised] = [ApecStep.SentForApproval],
        [ApecStep.SentForApproval] = [ApecStep.Approved, ApecStep.Refused],
        [ApecStep.Approved] = [ApecStep.CardIssued],
        [ApecStep.Refused] = [],
        [ApecStep.CardIssued] = [],
    };

    /// <summary>The APEC economies a Vietnamese card can be asked for: the other twenty members (Taiwan as "Chinese Taipei").</summary>
    public static IReadOnlyList<string> Economies { get; } =
        ["AU", "BN", "CA", "CL", "CN", "HK", "ID", "JP", "KR", "MY", "MX", "NZ", "PG", "PE", "PH", "RU", "SG", "TW", "TH", "US"];

    public static IReadOnlyList<ApecStep> NextOf(ApecStep step) => Next[step];

    /// <summary>How far along a step is: approval and refusal are the same stage, the decision.</summary>
    private static int Stage(ApecStep step) => step switch
    {
        ApecStep.Refused => (int)ApecStep.Approved,
        ApecStep.CardIssued => (int)ApecStep.Approved + 1,
        _ => (int)step,
    };

    public static bool IsAllowed(ApecStep from, ApecStep to) => Next[from].Contains(to);

    /// <summary>Why a move is refused, in words an officer can act on.</summary>
    public static string Explain(ApecStep from, ApecStep to) => Next[from].Length == 0
        ? "The application is finished (refused, or its card issued): no step follows."
        : Stage(to) <= Stage(from)
            ? "A step can't be taken back: the application is already past it."
            : "Steps are taken in order: received, appraised, sent for approval, approved or refused, card issued. Take the next step first.";
}
