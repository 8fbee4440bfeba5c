using System.Net;
using Liaison.Web.Features.CitizenProtection;
using Liaison.Web.Features.Search;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Components.Cases;

/// <summary>The case form takes a batch return of hundreds of people in one post; a case keeps its people's names searchable whatever changes it.</summary>
public abstract class CasePageTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheForm_SavesABatchOf300People_InOnePost()
    {
        var keeper = await App.SignInNewCaseUserAsync("an-giang");
        var file = TestData.Unique("BATCH");
        var fields = new Dictionary<string, string>
        {
            ["Input.FileNumber"] = file, ["Input.Kind"] = nameof(CaseKind.IrregularWork), ["Input.CountryCode"] = "KH", ["Input.RequestReceivedOn"] = "2025-05-01",
            ["Input.ReceivedAtBorderOn"] = "2025-05-03", ["Input.Status"] = nameof(CaseStatus.Open), ["Input.Version"] = "0",
        };
        for (var i = 0; i < 300; i++)
        {
            fields[$"Input.People[{i}].FullName"] = $"Person {i}";
            fields[$"Input.People[{i}].IdentityDocument"] = $"07920100{i:D4}";
            fields[$"Input.People[{i}].DateOfBirth"] = "1990-01-01";
            fields[$"Input.People[{i}].HomeCommune"] = "Vinh Xuong";
            fields[$"Input.People[{i}].Note"] = string.Empty;
        }

        var saved = await PostFormAsync(keeper, "/cases/new", "case", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = Assert.Single((await ReadAsync<Paged<CitizenCaseRow>>(await keeper.GetAsync($"/api/cases?q={file}", Ct))).Items);
        Assert.Equal(300, row.People);
    }

    [Fact]
    public async Task ACasesPeople_StaySearchable_AfterItIsArchivedAndRestored()
    {
        var keeper = await App.SignInNewCaseUserAsync("an-giang");
        var name = TestData.Unique("Thach Sophal");
        var input = Features.CitizenProtection.CitizenCaseApiTests.Batch(null, new DateOnly(2025, 6, 6), name);
        // Long free text no longer pushes the names out of the search text, which is cut at 8,000 characters.
        input.Circumstances = string.Join(' ', Enumerable.Repeat("circumstances", 280));
        input.Outcome = string.Join(' ', Enumerable.Repeat("outcome", 490));
        var created = await ReadAsync<CitizenCaseDetails>(await PostJsonAsync(keeper, "/api/cases", input));

        Assert.Equal(HttpStatusCode.NoContent, (await keeper.PostAsync($"/api/cases/{created.Id}/archive", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await keeper.PostAsync($"/api/cases/{created.Id}/restore", null, Ct)).StatusCode);

        var hit = Assert.Single((await ReadAsync<SearchResults>(await keeper.GetAsync($"/api/search?q={Uri.EscapeDataString(name)}", Ct))).Hits, h => h.Type == "CitizenCase");
        Assert.Equal($"/cases/{created.Id}", hit.Link);
        Assert.Equal(1, Assert.Single((await ReadAsync<Paged<CitizenCaseRow>>(await keeper.GetAsync($"/api/cases?q={Uri.EscapeDataString(name)}", Ct))).Items).People);
    }
}

public sealed class CasePageTests_Sqlite(SqliteApp app) : CasePageTests(app);

public sealed class CasePageTests_Postgres(PostgresApp app) : CasePageTests(app);
