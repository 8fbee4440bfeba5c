using Liaison.Web.Features.Accounts.Users;

namespace Liaison.Web.Tests.Features.Accounts;

public sealed class TemporaryPasswordTests
{
    [Fact]
    public void Create_AlwaysMeetsThePasswordPolicy_AndNeverRepeats()
    {
        var passwords = Enumerable.Range(0, 2000).Select(_ => TemporaryPassword.Create()).ToList();

        Assert.All(passwords, p =>
        {
            Assert.True(p.Length >= 10);
            Assert.Contains(p, char.IsDigit);
            Assert.Contains(p, char.IsUpper);
            Assert.Contains(p, char.IsLower);
        });
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
