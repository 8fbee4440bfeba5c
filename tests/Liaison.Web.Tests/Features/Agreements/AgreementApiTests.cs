using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Agreements;

public abstract class AgreementApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task Create_WithPartiesFieldsAndCommitment_IsProposedAndOnThePartnersTimeline()
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var partner = await TestData.CreatePartnerAsync(client, TestData.Partner("Svay Rieng " + Guid.NewGuid().ToString("N")[..6], "KH"));

        var created = await TestData.CreateAgreementAsync(client, TestData.Agreement(partner.Id));

        Assert.Equal(AgreementStatus.Proposed, created.Status);
        Assert.Equal(["high-tech-agriculture", "tourism"], created.FieldCodes);
        var commitment = Assert.Single(created.Commitments);
        Assert.Equal("Exchange tourism delegations", commitment.Description);
        Assert.Equal(CommitmentStatus.Open, commitment.Status);
        var timeline = await ReadAsync<List<TimelineItem>>(await client.GetAsync($"/api/partners/{partner.Id}/timeline", Ct));
        Assert.Equal(created.Id, Assert.Single(timeline).Id);
    }

    [Fact]
    public async Task Create_WithoutPartiesPartnersOrWithBadTermAndUnknownField_IsRefused()
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var input = TestData.Agreement(0);
        input.PartnerIds = [];
        input.DomesticParties = [];
        input.FieldCodes = ["astrology"];
        input.ValidTo = new DateOnly(2020, 1, 1);

        var errors = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/agreements", input));

        Assert.Contains("partnerIds", errors.Keys);
        Assert.Contains("domesticParties", errors.Keys);
        Assert.Contains("fieldCodes", errors.Keys);
        Assert.Contains("validTo", errors.Keys);
    }

    [Fact]
    public async Task Lifecycle_SigningWritesAnEvent_ExtensionMovesTheTerm_WrongMoveIs409()
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var partner = await TestData.CreatePartnerAsync(client);
        var a = await TestData.CreateAgreementAsync(client, TestData.Agreement(partner.Id));
        var url = $"/api/agreements/{a.Id}/status";

        var early = await ProblemDetailAsync(await PostJsonAsync(client, url, new { to = "Signed", occurredOn = "2024-04-08" }), HttpStatusCode.Conflict);
        Assert.StartsWith("An agreement must be approved for signing before it is signed", early, StringComparison.Ordinal);

        await ReadAsync<AgreementDetails>(await PostJsonAsync(client, url, new { to = "Consulting" }));
        var officerApproves = await ProblemDetailAsync(await PostJsonAsync(client, url, new { to = "ApprovedForSigning" }), HttpStatusCode.Forbidden);
        Assert.Equal("Only a provincial leader can approve an agreement for signing.", officerApproves);
        var leader = await App.SignInNewUserAsync("tay-ninh", Roles.ProvincialLeader);
        var noDecision = await ValidationErrorsAsync(await PostJsonAsync(leader, url, new { to = "ApprovedForSigning" }));
        Assert.Equal(["decisionDate", "decisionNumber"], noDecision.Keys.Order(StringComparer.Ordinal));
        var approved = await ReadAsync<AgreementDetails>(await PostJsonAsync(leader, url, new { to = "ApprovedForSigning", decisionNumber = "1234/QĐ-UBND", decisionDate = "2024-03-20" }));
        Assert.Equal(("1234/QĐ-UBND", new DateOnly(2024, 3, 20)), (approved.ApprovalDecisionNumber, approved.ApprovalDecisionDate));
        var signed = await ReadAsync<AgreementDetails>(await PostJsonAsync(client, url, new { to = "Signed", occurredOn = "2024-04-08" }));
        Assert.Equal(new DateOnly(2024, 4, 8), signed.SignedOn);
        Assert.Equal(AgreementEventKind.Signed, Assert.Single(signed.Events).Kind);

        var inForce = await ReadAsync<AgreementDetails>(await PostJsonAsync(client, url, new { to = "InForce" }));
        var extended = await ReadAsync<AgreementDetails>(await PostJsonAsync(client, $"/api/agreements/{a.Id}/events", new { kind = "Extended", occurredOn = "2029-06-01", newValidTo = "2034-12-31" }));
        Assert.Equal(new DateOnly(2034, 12, 31), extended.ValidTo);
        Assert.Equal(2, extended.Events.Count);
        Assert.True(extended.Version > inForce.Version);

        await ProblemDetailAsync(await PostJsonAsync(client, url, new { to = "Terminated", occurredOn = "2030-01-01" }), HttpStatusCode.Forbidden);
        var noDate = await ValidationErrorsAsync(await PostJsonAsync(leader, url, new { to = "Terminated" }));
        Assert.Contains("occurredOn", noDate.Keys);
    }

    [Fact]
    public async Task ALeadersRejection_NeedsAReason_WhichTheOfficersRead_UntilTheyTakeTheProposalUpAgain()
    {
        var officer = await App.SignInNewUserAsync("tay-ninh");
        var leader = await App.SignInNewUserAsync("tay-ninh", Roles.ProvincialLeader);
        var partner = await TestData.CreatePartnerAsync(officer);
        var a = await TestData.CreateAgreementAsync(officer, TestData.Agreement(partner.Id));
        var url = $"/api/agreements/{a.Id}/status";
        await ReadAsync<AgreementDetails>(await PostJsonAsync(officer, url, new { to = "Consulting" }));

        var officerRejects = await ProblemDetailAsync(await PostJsonAsync(officer, url, new { to = "Rejected", reason = "No" }), HttpStatusCode.Forbidden);
        var noReason = await ValidationErrorsAsync(await PostJsonAsync(leader, url, new { to = "Rejected" }));
        await ReadAsync<AgreementDetails>(await PostJsonAsync(leader, url, new { to = "Rejected", reason = "The partner's mandate ends this year; propose it to the new council." }));
        var seenByOfficer = await ReadAsync<AgreementDetails>(await officer.GetAsync($"/api/agreements/{a.Id}", Ct));
        var page = await (await officer.GetAsync($"/agreements/{a.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        var reworked = await ReadAsync<AgreementDetails>(await PostJsonAsync(officer, url, new { to = "Proposed" }));

        Assert.Equal("Only a provincial leader can reject an agreement.", officerRejects);
        Assert.Contains("reason", noReason.Keys);
        Assert.Equal(AgreementStatus.Rejected, seenByOfficer.Status);
        Assert.Equal("The partner's mandate ends this year; propose it to the new council.", seenByOfficer.StatusReason);
        Assert.Contains("The partner&#x27;s mandate ends this year", page, StringComparison.Ordinal);
        Assert.Equal([AgreementStatus.Proposed], seenByOfficer.AllowedMoves);
        Assert.Null(reworked.StatusReason);
    }

    [Fact]
    public async Task UnitContributorsAndViewers_CannotKeepTheRegisterOfAgreementsAndPartners()
    {
        var officer = await App.SignInNewUserAsync("tay-ninh");
        var partner = await TestData.CreatePartnerAsync(officer);
        var agreement = await TestData.CreateAgreementAsync(officer, TestData.Agreement(partner.Id));
        foreach (var role in new[] { Roles.UnitContributor, Roles.Viewer })
        {
            var client = await App.SignInNewUserAsync("tay-ninh", role);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/agreements/{agreement.Id}", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(client, "/api/agreements", TestData.Agreement(partner.Id))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(client, "/api/partners", TestData.Partner())).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/agreements/{agreement.Id}/archive", null, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(client, $"/api/agreements/{agreement.Id}/status", new { to = "Consulting" })).StatusCode);
        }

        var contributor = await App.SignInNewUserAsync("tay-ninh", Roles.UnitContributor);
        Assert.Equal(HttpStatusCode.Created, (await PostJsonAsync(contributor, "/api/delegations", TestData.Delegation())).StatusCode);
        var viewer = await App.SignInNewUserAsync("tay-ninh", Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(viewer, "/api/delegations", TestData.Delegation())).StatusCode);
    }

    [Fact]
    public async Task Update_KeepsCommitmentsByIdAndRemovesClearedOnes()
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var partner = await TestData.CreatePartnerAsync(client);
        var a = await TestData.CreateAgreementAsync(client, TestData.Agreement(partner.Id));
        var edit = a.ToInput();
        edit.Commitments[0].Status = CommitmentStatus.InProgress;
        edit.Commitments[0].ProgressNotes = "First exchange held";
        edit.Commitments.Add(new CommitmentInput { Description = "Joint festival", OwnerUnit = "Department of Culture" });

        var updated = await ReadAsync<AgreementDetails>(await PutJsonAsync(client, $"/api/agreements/{a.Id}", edit));
        Assert.Equal(2, updated.Commitments.Count);
        var kept = updated.Commitments.Single(c => c.Id == a.Commitments[0].Id);
        Assert.Equal(CommitmentStatus.InProgress, kept.Status);

        var again = updated.ToInput();
        again.Commitments = again.Commitments.Where(c => c.Id == kept.Id).ToList();
        var trimmed = await ReadAsync<AgreementDetails>(await PutJsonAsync(client, $"/api/agreements/{a.Id}", again));
        Assert.Equal(kept.Id, Assert.Single(trimmed.Commitments).Id);
    }

    [Fact]
    public async Task List_FiltersByFieldCountryAndStatus_AndIsolatesProvinces()
    {
        var client = await App.SignInNewUserAsync("cao-bang");
        var other = await App.SignInNewUserAsync("lang-son");
        var partner = await TestData.CreatePartnerAsync(client, TestData.Partner(country: "KR"));
        var created = await TestData.CreateAgreementAsync(client, TestData.Agreement(partner.Id));

        var found = await ReadAsync<Paged<AgreementRow>>(await client.GetAsync("/api/agreements?field=tourism&country=KR&status=Proposed", Ct));
        Assert.Contains(found.Items, a => a.Id == created.Id);
        var wrongField = await ReadAsync<Paged<AgreementRow>>(await client.GetAsync("/api/agreements?field=health&country=KR", Ct));
        Assert.DoesNotContain(wrongField.Items, a => a.Id == created.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/agreements/{created.Id}", Ct)).StatusCode);
        Assert.Equal(0, (await ReadAsync<Paged<AgreementRow>>(await other.GetAsync("/api/agreements", Ct))).Total);
    }
}

public sealed class AgreementApiTests_Sqlite(SqliteApp app) : AgreementApiTests(app);

public sealed class AgreementApiTests_Postgres(PostgresApp app) : AgreementApiTests(app);
