using System.Net;
using System.Text;
using Liaison.Web.Features.Aid;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Aid;

public abstract class IatiImportTests(LiaisonApp app) : AppTests(app)
{
    private static string WorkedExample => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Aid", "TestFiles", "worked-example.xml"));

    [Fact]
    public async Task TheSchemasWorkedExample_IsPreviewed_ThenImported_AndAReimportUpdatesItInsteadOfDuplicating()
    {
        var officer = await App.SignInNewUserAsync("son-la");

        var preview = await ReadAsync<IatiImportResult>(await PostXmlAsync(officer, "/api/aid/iati/preview", WorkedExample));
        var before = await ReadAsync<AidList>(await officer.GetAsync("/api/aid?q=worked%20example", Ct));
        var imported = await ReadAsync<IatiImportResult>(await PostXmlAsync(officer, "/api/aid/iati/import", WorkedExample));
        var again = await ReadAsync<IatiImportResult>(await PostXmlAsync(officer, "/api/aid/iati/preview", WorkedExample));
        var after = await ReadAsync<AidList>(await officer.GetAsync("/api/aid?q=worked%20example&currency=GBP", Ct));

        var row = Assert.Single(preview.Rows);
        Assert.Equal(("http://www.example.org/activities/12345.xml", "Worked example of an activity report", "create", 2), (row.Identifier, row.Title, row.Action, row.Transactions));
        Assert.Empty(row.Errors);
        Assert.False(preview.Applied);
        Assert.Equal(0, before.Page.Total);
        Assert.True(imported.Applied);
        Assert.Equal("update", Assert.Single(again.Rows).Action);
        var project = await ReadAsync<AidProjectDetails>(await officer.GetAsync($"/api/aid/{Assert.Single(after.Page.Items).Id}", Ct));
        Assert.Equal(new DateOnly(2010, 4, 1), project.PlannedStart);
        Assert.Equal(new DateOnly(2011, 3, 31), project.PlannedEnd);
        Assert.Equal("DFID", project.Participants.Single(p => p.Role == ParticipantRole.Funding).Name);
        Assert.Equal([(1_000_000m, "GBP"), (500_000m, "GBP")], project.Transactions.Select(t => (t.Amount, t.Currency)).OrderByDescending(t => t.Item1));
        Assert.Equal(1_500_000m, after.Disbursed.Amount);
    }

    [Fact]
    public async Task AFileWithABadActivity_ImportsNothing_AndSaysWhy()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity default-currency="USD">
                <iati-identifier>XM-DAC-41114-GOOD-1</iati-identifier>
                <title><narrative>Good project</narrative></title>
                <participating-org role="1"><narrative>UNDP</narrative></participating-org>
                <activity-date type="1" iso-date="2024-01-01"/>
              </iati-activity>
              <iati-activity default-currency="USD">
                <iati-identifier>XM-DAC-41114-BAD-2</iati-identifier>
                <title><narrative>Bad sectors</narrative></title>
                <participating-org role="1"><narrative>UNDP</narrative></participating-org>
                <activity-date type="1" iso-date="2024-01-01"/>
                <sector code="12220" percentage="60"/>
                <sector code="14030" percentage="30"/>
              </iati-activity>
            </iati-activities>
            """;

        var refused = await PostXmlAsync(officer, "/api/aid/iati/import", xml);
        var result = System.Text.Json.JsonSerializer.Deserialize<IatiImportResult>(await refused.Content.ReadAsStringAsync(Ct), Json)!;
        var listed = await ReadAsync<AidList>(await officer.GetAsync("/api/aid?q=good%20project", Ct));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.False(result.Applied);
        Assert.Empty(result.Rows[0].Errors);
        Assert.Contains("Sectors: The sectors' shares must total 100 per cent; they total 90.", result.Rows[1].Errors);
        Assert.Equal(0, listed.Page.Total);
    }

    [Fact]
    public async Task AFileWithTheSameIdentifierTwice_ImportsNothing_AndNamesBoth()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        const string activity = """
              <iati-activity default-currency="USD">
                <iati-identifier>XM-DAC-41114-TWICE-1</iati-identifier>
                <title><narrative>Twice listed project</narrative></title>
                <participating-org role="1"><narrative>UNDP</narrative></participating-org>
                <activity-date type="1" iso-date="2024-01-01"/>
              </iati-activity>
            """;

        var refused = await PostXmlAsync(officer, "/api/aid/iati/import", $"<iati-activities version=\"2.03\">{activity}{activity}</iati-activities>");
        var result = System.Text.Json.JsonSerializer.Deserialize<IatiImportResult>(await refused.Content.ReadAsStringAsync(Ct), Json)!;
        var listed = await ReadAsync<AidList>(await officer.GetAsync("/api/aid?q=twice%20listed", Ct));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.All(result.Rows, r => Assert.Contains("the file has 2 activities with this IATI identifier; a donor publishes each activity once", r.Errors));
        Assert.Equal(0, listed.Page.Total);
    }

    [Theory]
    [InlineData("<not-xml", "not well-formed XML")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><iati-activities>&e;</iati-activities>", "not well-formed XML")]
    [InlineData("<something-else/>", "no iati-activity")]
    public async Task AFileThatIsNotIati_OrCarriesADtd_IsRefused(string xml, string expected)
    {
        var officer = await App.SignInNewUserAsync("son-la");

        var errors = await ValidationErrorsAsync(await PostXmlAsync(officer, "/api/aid/iati/preview", xml));

        Assert.Contains(expected, errors["file"][0], StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostXmlAsync(HttpClient client, string url, string xml) =>
        client.PostAsync(url, new StringContent(xml, Encoding.UTF8, "application/xml"), Ct);
}

public sealed class IatiImportTests_Sqlite(SqliteApp app) : IatiImportTests(app);

public sealed class IatiImportTests_Postgres(PostgresApp app) : IatiImportTests(app);
