using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Audit;

public abstract class PurgeTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AnAdministrator_PurgesOnlyArchivedRecords_AndTheTrailKeepsEveryValue()
    {
        var officer = await App.SignInNewUserAsync("ca-mau");
        var admin = await App.SignInNewUserAsync("ca-mau", Roles.Administrator);
        var delegation = await TestData.CreateDelegationAsync(officer);

        var notArchived = await ProblemDetailAsync(await admin.DeleteAsync($"/api/audit/records/delegations/{delegation.Id}", Ct), HttpStatusCode.Conflict);
        Assert.StartsWith("Only an archived record can be purged", notArchived, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.DeleteAsync($"/api/audit/records/delegations/{delegation.Id}", Ct)).StatusCode);

        await officer.PostAsync($"/api/delegations/{delegation.Id}/archive", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/audit/records/delegations/{delegation.Id}", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/delegations/{delegation.Id}", Ct)).StatusCode);
        var trail = await ReadAsync<Paged<AuditRow>>(await admin.GetAsync($"/api/audit?entityType=Delegation&entityId={delegation.Id}", Ct));
        var deleted = Assert.Single(trail.Items, e => e.EntityType == "Delegation" && e.Action == AuditAction.Deleted);
        Assert.Contains(deleted.Changes, c => c.Field == "Title" && c.Before == delegation.Title && c.After is null);
        Assert.Contains(trail.Items, e => e.EntityType == "DelegationMember" && e.Action == AuditAction.Deleted);
        var me = await ReadAsync<WhoAmI>(await admin.GetAsync("/api/account/me", Ct));
        Assert.Equal(me.UserName, deleted.UserName);
    }

    [Fact]
    public async Task APartnerStillNamedByRecords_IsNotPurged()
    {
        var officer = await App.SignInNewUserAsync("ca-mau");
        var admin = await App.SignInNewUserAsync("ca-mau", Roles.Administrator);
        var partner = await TestData.CreatePartnerAsync(officer);
        await TestData.CreateDelegationAsync(officer, TestData.Delegation(partners: [partner.Id]));
        await officer.PostAsync($"/api/partners/{partner.Id}/archive", null, Ct);

        var refused = await ProblemDetailAsync(await admin.DeleteAsync($"/api/audit/records/partners/{partner.Id}", Ct), HttpStatusCode.Conflict);

        Assert.Contains("still named by 1 delegation(s)", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/partners/{partner.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task APartnerThatIsADonorOrAnInvestor_IsNotPurged_AndSaysWhy()
    {
        var officer = await App.SignInNewUserAsync("ca-mau");
        var admin = await App.SignInNewUserAsync("ca-mau", Roles.Administrator);
        var donor = await TestData.CreatePartnerAsync(officer);
        var investor = await TestData.CreatePartnerAsync(officer);
        Assert.True((await PostJsonAsync(officer, "/api/aid", TestData.AidProject(donor.Id))).IsSuccessStatusCode);
        Assert.True((await PostJsonAsync(officer, "/api/investments", new Liaison.Web.Features.Investment.InvestmentInput
        {
            Name = "Shrimp farm", InvestorId = investor.Id, Sector = Liaison.Web.Features.Investment.InvestmentSector.Agriculture,
            CertificateDate = new DateOnly(2024, 1, 1), RegisteredAmount = 1_000_000m, Currency = "USD",
        })).IsSuccessStatusCode);
        await officer.PostAsync($"/api/partners/{donor.Id}/archive", null, Ct);
        await officer.PostAsync($"/api/partners/{investor.Id}/archive", null, Ct);

        var donorRefused = await ProblemDetailAsync(await admin.DeleteAsync($"/api/audit/records/partners/{donor.Id}", Ct), HttpStatusCode.Conflict);
        var investorRefused = await ProblemDetailAsync(await admin.DeleteAsync($"/api/audit/records/partners/{investor.Id}", Ct), HttpStatusCode.Conflict);

        Assert.Contains("1 aid project(s)", donorRefused, StringComparison.Ordinal);
        Assert.Contains("1 investment project(s)", investorRefused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/partners/{donor.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ThePurgePage_ListsArchivedRecordsOfEveryProvince_AndPurgesOnlyWhenTheBoxIsTicked()
    {
        var officer = await App.SignInNewUserAsync("ca-mau");
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);
        var title = TestData.Unique("Đoàn Campuchia purge");
        var delegation = await TestData.CreateDelegationAsync(officer, TestData.Delegation(title));
        await officer.PostAsync($"/api/delegations/{delegation.Id}/archive", null, Ct);

        var listed = await ReadAsync<Paged<ArchivedRecordRow>>(await admin.GetAsync($"/api/audit/archived?q={Uri.EscapeDataString("doan campuchia")}&area=delegations", Ct));
        var list = await (await admin.GetAsync("/admin/archived?area=delegations", Ct)).Content.ReadAsStringAsync(Ct);
        var url = $"/admin/archived/delegations/{delegation.Id}/purge";
        var unticked = await PostFormAsync(admin, url, "record-purge", []);
        var stillThere = await officer.GetAsync($"/api/delegations/{delegation.Id}", Ct);
        var ticked = await PostFormAsync(admin, url, "record-purge", new() { ["Confirm"] = "true" });

        Assert.Contains(listed.Items, r => r.Id == delegation.Id && r.Province == "Ca Mau" && r.Title == title);
        Assert.Contains($"href=\"{url}\"", list, StringComparison.Ordinal);
        Assert.Contains("Tick the box to confirm the purge.", await unticked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.EndsWith("/admin/archived?purged=1", ticked.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/delegations/{delegation.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url, Ct)).StatusCode);
    }
}

public sealed class PurgeTests_Sqlite(SqliteApp app) : PurgeTests(app);

public sealed class PurgeTests_Postgres(PostgresApp app) : PurgeTests(app);
