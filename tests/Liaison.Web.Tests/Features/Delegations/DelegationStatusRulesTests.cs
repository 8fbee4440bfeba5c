using Liaison.Web.Features.Delegations;

namespace Liaison.Web.Tests.Features.Delegations;

public sealed class DelegationStatusRulesTests
{
    [Fact]
    public void EveryStatus_HasItsMovesDefined_AndClosedOnesHaveNone()
    {
        foreach (var status in Enum.GetValues<DelegationStatus>())
        {
            _ = DelegationStatusRules.AllowedFrom(status);
        }

        Assert.Empty(DelegationStatusRules.AllowedFrom(DelegationStatus.ReportFiled));
        Assert.Empty(DelegationStatusRules.AllowedFrom(DelegationStatus.Cancelled));
    }

    [Theory]
    [InlineData(DelegationStatus.UnderWay, DelegationStatus.Cancelled, "A delegation already under way can't be cancelled")]
    [InlineData(DelegationStatus.Cancelled, DelegationStatus.Draft, "is closed and can't change status")]
    [InlineData(DelegationStatus.Submitted, DelegationStatus.Submitted, "already submitted")]
    public void Explain_SaysWhy(DelegationStatus from, DelegationStatus to, string expected) =>
        Assert.Contains(expected, DelegationStatusRules.Explain(from, to), StringComparison.Ordinal);
}
