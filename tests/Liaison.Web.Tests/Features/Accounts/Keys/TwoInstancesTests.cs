using System.Net;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Partners;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Accounts.Keys;

/// <summary>
/// Two instances of the real executable on two local ports against one PostgreSQL, each with a home folder of its
/// own (two servers behind a load balancer): one browser moves between them and stays signed in.
/// </summary>
public sealed partial class TwoInstancesTests(PostgresApp app) : AppTests(app)
{
    [Fact]
    public async Task APersonSignedInOnOneInstance_StaysSignedInOnTheOther_AndItsFormsPostToEither()
    {
        var email = await App.CreateUserAsync("hung-yen");
        await using var first = await AppInstance.StartAsync(App, ct: Ct);
        await using var second = await AppInstance.StartAsync(App, ct: Ct);
        var browser = new CookieContainer(); // cookies belong to the host, not the port: one browser for both
        using var onFirst = first.Client(browser);
        using var onSecond = second.Client(browser);

        var signIn = await PostJsonAsync(onFirst, "/api/account/login", new { email, password = LiaisonApp.Password });
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);

        // The cookie the first instance issued opens the second: a record made there is read back on the first.
        var partner = await TestData.CreatePartnerAsync(onSecond, TestData.Partner(TestData.Unique("Gyeonggi Province")));
        var readBack = await ReadAsync<PartnerDetails>(await onFirst.GetAsync($"/api/partners/{partner.Id}", Ct));
        Assert.Equal(partner.NameEn, readBack.NameEn);

        // A form rendered by one instance (its antiforgery token) is accepted by the other.
        var page = await (await onFirst.GetAsync($"/records/partners/{partner.Id}/archive", Ct)).Content.ReadAsStringAsync(Ct);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"the archive page has no form:\n{first.Output}");
        var posted = await onSecond.PostAsync($"/records/partners/{partner.Id}/archive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "record-archive",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.True((await ReadAsync<PartnerDetails>(await onFirst.GetAsync($"/api/partners/{partner.Id}", Ct))).IsArchived);

        // The key ring is in the database, and neither server wrote one to its own disk.
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Liaison.Web.Infrastructure.Data.AppDbContext>();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(Ct));
        Assert.All(new[] { first, second }, instance =>
            Assert.Empty(Directory.EnumerateFiles(instance.Home, "*.xml", SearchOption.AllDirectories)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
