using System.Net;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Apec;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Reports;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Apec;

/// <summary>APEC business travel card applications: steps taken only in order and dated, a card with its number and expiry, the cards in force.</summary>
public abstract class ApecApiTests(LiaisonApp app) : AppTests(app)
{
    private const string Province = "dong-nai";

    [Fact]
    public async Task Steps_AreTakenOnlyInOrder_EachDated_UntilTheCardIsIssued()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var name = TestData.Unique("Tran Van Hai");
        var created = await ReadAsync<ApecApplicationDetails>(await PostJsonAsync(officer, "/api/apec", Application(name, new DateOnly(2025, 3, 3))));
        Assert.Equal(ApecStep.Received, created.Step);
        Assert.Equal([ApecStep.Appraised], created.NextSteps);

        // Skipping a step is refused and says the order; so is a date before the step before it.
        var skipped = await ProblemDetailAsync(await Step(officer, created.Id, ApecStep.SentForApproval, new DateOnly(2025, 3, 10)), HttpStatusCode.Conflict);
        Assert.Contains("in order", skipped, StringComparison.Ordinal);
        Assert.Equal(["occurredOn"], (await ValidationErrorsAsync(await Step(officer, created.Id, ApecStep.Appraised, new DateOnly(2025, 3, 1)))).Keys);

        await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, ApecStep.Appraised, new DateOnly(2025, 3, 10)));
        var back = await ProblemDetailAsync(await Step(officer, created.Id, ApecStep.Appraised, new DateOnly(2025, 3, 11)), HttpStatusCode.Conflict);
        Assert.Contains("taken back", back, StringComparison.Ordinal);
        await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, ApecStep.SentForApproval, new DateOnly(2025, 3, 12)));
        var approved = await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, ApecStep.Approved, new DateOnly(2025, 4, 20)));
        Assert.Equal([ApecStep.CardIssued], approved.NextSteps);

        // A card has a number and an expiry within five years.
        Assert.Equal(["cardExpiresOn", "cardNumber"], (await ValidationErrorsAsync(await Step(officer, created.Id, ApecStep.CardIssued, new DateOnly(2025, 5, 2)))).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["cardExpiresOn"], (await ValidationErrorsAsync(await Step(officer, created.Id, ApecStep.CardIssued, new DateOnly(2025, 5, 2), card: "VNM1234567", expires: new DateOnly(2030, 5, 3)))).Keys);
        var issued = await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, ApecStep.CardIssued, new DateOnly(2025, 5, 2), card: "VNM1234567", expires: new DateOnly(2030, 5, 1)));
        Assert.Equal((ApecStep.CardIssued, "VNM1234567", true), (issued.Step, issued.CardNumber, issued.CardInForce));
        Assert.Equal((new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 12), new DateOnly(2025, 4, 20)), (issued.AppraisedOn!.Value, issued.SentForApprovalOn!.Value, issued.DecidedOn!.Value));
        Assert.Empty(issued.NextSteps);
        var finished = await ProblemDetailAsync(await Step(officer, created.Id, ApecStep.Refused, new DateOnly(2025, 5, 3), reason: "x"), HttpStatusCode.Conflict);
        Assert.Contains("finished", finished, StringComparison.Ordinal);

        // It is among the cards in force, and its history shows each step.
        var inForce = await ReadAsync<Paged<ApecRow>>(await officer.GetAsync($"/api/apec?q={Uri.EscapeDataString(name)}&inForce=true", Ct));
        Assert.Equal(created.Id, Assert.Single(inForce.Items).Id);
        var history = await ReadAsync<List<HistoryItem>>(await officer.GetAsync($"/api/apec/{created.Id}/history", Ct));
        Assert.Equal(
            ["Received", "Appraised", "SentForApproval", "Approved", "CardIssued"],
            history.Reverse<HistoryItem>().SelectMany(h => h.Changes).Where(c => c.Field == nameof(ApecApplication.Step)).Select(c => c.After));
    }

    [Fact]
    public async Task ARefusal_SaysWhy_AndEndsTheApplication()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var created = await ReadAsync<ApecApplicationDetails>(await PostJsonAsync(officer, "/api/apec", Application(TestData.Unique("Le Thi Hoa"), new DateOnly(2025, 6, 1))));
        await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, ApecStep.Appraised, new DateOnly(2025, 6, 2)));
        await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, ApecStep.SentForApproval, new DateOnly(2025, 6, 3)));

        Assert.Equal(["reason"], (await ValidationErrorsAsync(await Step(officer, created.Id, ApecStep.Refused, new DateOnly(2025, 6, 10)))).Keys);
        var refused = await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, ApecStep.Refused, new DateOnly(2025, 6, 10), reason: "The company has traded for less than a year."));

        Assert.Equal((ApecStep.Refused, "The company has traded for less than a year.", false), (refused.Step, refused.RefusalReason, refused.CardInForce));
        Assert.Equal(HttpStatusCode.Conflict, (await Step(officer, created.Id, ApecStep.CardIssued, new DateOnly(2025, 6, 11), card: "X", expires: new DateOnly(2028, 1, 1))).StatusCode);
    }

    [Fact]
    public async Task BadApplications_AreRefused_AndReadersCanNotTakeSteps()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var bad = Application(TestData.Unique("Pham Van Duc"), new DateOnly(2025, 6, 1));
        bad.Economies = ["VN", "FR"];
        bad.PassportExpiresOn = new DateOnly(2025, 5, 1);
        bad.PassportNumber = " ";
        Assert.Equal(["economies", "passportExpiresOn", "passportNumber"], (await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/apec", bad))).Keys.Order(StringComparer.Ordinal));
        bad.Economies = [];
        Assert.Contains("economies", (await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/apec", bad))).Keys);

        var created = await ReadAsync<ApecApplicationDetails>(await PostJsonAsync(officer, "/api/apec", Application(TestData.Unique("Vu Thi Nga"), new DateOnly(2025, 6, 1))));
        var viewer = await App.SignInNewUserAsync(Province, Roles.Viewer);
        Assert.Equal(created.Id, (await ReadAsync<ApecApplicationDetails>(await viewer.GetAsync($"/api/apec/{created.Id}", Ct))).Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await Step(viewer, created.Id, ApecStep.Appraised, new DateOnly(2025, 6, 2))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(viewer, "/api/apec", Application("X", new DateOnly(2025, 6, 1)))).StatusCode);
        Assert.Equal(ApecStep.Received, (await ReadAsync<ApecApplicationDetails>(await viewer.GetAsync($"/api/apec/{created.Id}", Ct))).Step);
    }

    [Fact]
    public async Task TheReport_CountsCardsIssuedInThePeriod_AndCardsInForce()
    {
        var officer = await App.SignInNewUserAsync("bac-ninh");
        var before = await ReadAsync<Report>(await officer.GetAsync("/api/reports?from=2024-01-01&to=2024-12-31", Ct));
        var created = await ReadAsync<ApecApplicationDetails>(await PostJsonAsync(officer, "/api/apec", Application(TestData.Unique("Do Van Minh"), new DateOnly(2024, 2, 1))));
        foreach (var (step, on) in new[] { (ApecStep.Appraised, new DateOnly(2024, 2, 5)), (ApecStep.SentForApproval, new DateOnly(2024, 2, 6)), (ApecStep.Approved, new DateOnly(2024, 3, 1)) })
        {
            await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, step, on));
        }

        await ReadAsync<ApecApplicationDetails>(await Step(officer, created.Id, ApecStep.CardIssued, new DateOnly(2024, 3, 15), card: "VNM7654321", expires: new DateOnly(2029, 3, 14)));

        var after = await ReadAsync<Report>(await officer.GetAsync("/api/reports?from=2024-01-01&to=2024-12-31", Ct));
        Assert.Equal(before.Find("apec-applications").Value + 1, after.Find("apec-applications").Value);
        Assert.Equal(before.Find("apec-cards-issued").Value + 1, after.Find("apec-cards-issued").Value);
        Assert.Equal(before.Find("apec-cards-in-force").Value + 1, after.Find("apec-cards-in-force").Value);
    }

    private static Task<HttpResponseMessage> Step(HttpClient client, int id, ApecStep to, DateOnly on, string? card = null, DateOnly? expires = null, string? reason = null) =>
        PostJsonAsync(client, $"/api/apec/{id}/step", new ApecStepInput { To = to, OccurredOn = on, CardNumber = card, CardExpiresOn = expires, Reason = reason });

    private static ApecApplicationInput Application(string name, DateOnly received) => new()
    {
        ApplicantName = name, ApplicantTitle = "Director", CompanyName = "Song Be Export JSC", CompanyTaxCode = "3700123456", PassportNumber = "C7654321",
        PassportExpiresOn = new DateOnly(2032, 1, 1), Economies = ["jp", "KR", "AU"], ReceivedOn = received,
    };
}

public sealed class ApecApiTests_Sqlite(SqliteApp app) : ApecApiTests(app);

public sealed class ApecApiTests_Postgres(PostgresApp app) : ApecApiTests(app);
