using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Features.Audit;

public abstract class AuditTrailTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task EveryChange_IsInTheHistory_WithWhoAndEachFieldBeforeAndAfter()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var d = await TestData.CreateDelegationAsync(client);
        var edit = d.ToInput();
        edit.Title = d.Title + " (revised)";
        edit.Members.Add(new MemberInput { Name = "Nguyễn Văn A", Title = "Deputy Director" });
        await ReadAsync<DelegationDetails>(await PutJsonAsync(client, $"/api/delegations/{d.Id}", edit));
        await ReadAsync<DelegationDetails>(await PostJsonAsync(client, $"/api/delegations/{d.Id}/status", new { to = "Submitted" }));
        await client.PostAsync($"/api/delegations/{d.Id}/archive", null, Ct);
        await client.PostAsync($"/api/delegations/{d.Id}/restore", null, Ct);

        var history = await ReadAsync<List<HistoryItem>>(await client.GetAsync($"/api/delegations/{d.Id}/history", Ct));

        var own = history.Where(h => h.EntityType == nameof(Delegation)).Select(h => h.Action).ToList();
        Assert.Equal([AuditAction.Restored, AuditAction.Archived, AuditAction.StatusChanged, AuditAction.Updated, AuditAction.Created], own);
        var update = history.Single(h => h.Action == AuditAction.Updated && h.EntityType == nameof(Delegation));
        var title = Assert.Single(update.Changes, c => c.Field == "Title");
        Assert.Equal(d.Title, title.Before);
        Assert.Equal(edit.Title, title.After);
        var status = history.Single(h => h.Action == AuditAction.StatusChanged).Changes.Single(c => c.Field == "Status");
        Assert.Equal(("Draft", "Submitted"), (status.Before, status.After));
        var members = history.Where(h => h.EntityType == nameof(DelegationMember)).ToList();
        Assert.Equal(2, members.Count); // the first member when created, the second when added: the first is not re-created
        Assert.Contains(members, m => m.Action == AuditAction.Created && m.Changes.Any(c => c.Field == "Name" && c.After == "Nguyễn Văn A"));
        Assert.All(history, h => Assert.StartsWith("user", h.UserName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefusedChanges_WriteNoHistory()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var d = await TestData.CreateDelegationAsync(client);
        var stale = d.ToInput();
        stale.Version = d.Version - 1;

        await ProblemDetailAsync(await PutJsonAsync(client, $"/api/delegations/{d.Id}", stale), HttpStatusCode.Conflict);
        await ProblemDetailAsync(await PostJsonAsync(client, $"/api/delegations/{d.Id}/status", new { to = "Completed" }), HttpStatusCode.Conflict);
        await ValidationErrorsAsync(await PutJsonAsync(client, $"/api/delegations/{d.Id}", new DelegationInput { Version = d.Version }));

        var history = await ReadAsync<List<HistoryItem>>(await client.GetAsync($"/api/delegations/{d.Id}/history", Ct));
        Assert.DoesNotContain(history, h => h.EntityType == nameof(Delegation) && h.Action != AuditAction.Created);
    }

    [Fact]
    public async Task History_OfAnotherProvincesRecord_Is404_InTheApiAndThePage()
    {
        var laiChau = await App.SignInNewUserAsync("lai-chau");
        var tayNinh = await App.SignInNewUserAsync("tay-ninh");
        var partner = await TestData.CreatePartnerAsync(laiChau);

        Assert.Equal(HttpStatusCode.NotFound, (await tayNinh.GetAsync($"/api/partners/{partner.Id}/history", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tayNinh.GetAsync($"/records/partners/{partner.Id}/history", Ct)).StatusCode);
        var page = await laiChau.GetAsync($"/records/partners/{partner.Id}/history", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(partner.NameEn, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_SearchesTheTrailByUserAndRecord_OthersCannot()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var partner = await TestData.CreatePartnerAsync(officer);
        var me = await ReadAsync<WhoAmI>(await officer.GetAsync("/api/account/me", Ct));

        var byRecord = await ReadAsync<Paged<AuditRow>>(await admin.GetAsync($"/api/audit?entityType=Partner&entityId={partner.Id}", Ct));
        Assert.Contains(byRecord.Items, e => e.EntityType == "Partner" && e.Action == AuditAction.Created);
        Assert.Contains(byRecord.Items, e => e.EntityType == "PartnerContact");
        var byUser = await ReadAsync<Paged<AuditRow>>(await admin.GetAsync($"/api/audit?user={Uri.EscapeDataString(me.UserName)}&from=2000-01-01", Ct));
        Assert.All(byUser.Items, e => Assert.Equal(me.UserName, e.UserName));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/audit?entityType=Partner", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/audit/verify", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/admin/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync("/api/audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task ConcurrentChanges_ExtendOneUnbrokenChain()
    {
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => App.SignInNewUserAsync("nghe-an")));

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => TestData.CreatePartnerAsync(clients[i % clients.Length])));

        using var scope = App.Services.CreateScope();
        var verification = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainHandler>().HandleAsync(Ct);
        Assert.True(verification.Intact, verification.ToString());
        Assert.True(verification.Checked >= 32);
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteApp app) : AuditTrailTests(app);

public sealed class AuditTrailTests_Postgres(PostgresApp app) : AuditTrailTests(app);
