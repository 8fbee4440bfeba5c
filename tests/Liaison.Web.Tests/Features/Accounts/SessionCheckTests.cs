using Liaison.Web.Features.Accounts;

namespace Liaison.Web.Tests.Features.Accounts;

/// <summary>
/// A session is re-checked against its account by Identity's validator only when the check is due, and "due" is
/// Identity's own rule (the deactivation tests run with an interval of 0, so every request of theirs is checked).
/// </summary>
public sealed class SessionCheckTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void ASessionWithoutAnIssueTime_IsChecked() =>
        Assert.True(SessionCheck.IsDue(null, Issued, Minute));

    [Theory]
    [InlineData(0)]
    [InlineData(59_999)]
    [InlineData(60_000)]
    public void ASessionWithinTheInterval_IsNotCheckedAgain(int millisecondsLater) =>
        Assert.False(SessionCheck.IsDue(Issued, Issued.AddMilliseconds(millisecondsLater), Minute));

    [Fact]
    public void ASessionPastTheInterval_IsChecked() =>
        Assert.True(SessionCheck.IsDue(Issued, Issued.AddMilliseconds(60_001), Minute));

    [Fact]
    public void WithAnIntervalOfZero_ASessionIsCheckedAsSoonAsAnyTimeHasPassed()
    {
        Assert.True(SessionCheck.IsDue(Issued, Issued.AddTicks(1), TimeSpan.Zero));
        Assert.False(SessionCheck.IsDue(Issued, Issued, TimeSpan.Zero));
    }
}
