using System.Net;
using Liaison.Web.Features.Aid;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Components.Aid;

/// <summary>The aid pages' form, posted as a browser posts it.</summary>
public abstract class AidPageTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheForm_ShowsEachProblemBesideItsField_KeepsTheInput_AndThenCreatesTheProject()
    {
        var officer = await App.SignInNewUserAsync("gia-lai");
        var donor = await TestData.CreatePartnerAsync(officer, TestData.Partner("Plan International"));
        var title = TestData.Unique("Trường học cho trẻ em");
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Description"] = "Classrooms in Ia Grai",
            ["Input.Form"] = "Project",
            ["Input.Status"] = "Implementation",
            ["Input.Participants[0].Role"] = "Funding",
            ["Input.Participants[0].PartnerId"] = donor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Sectors[0].Code"] = "11220",
            ["Input.Sectors[0].Percentage"] = "70",
            ["Input.Places[0]"] = "Ia Grai",
            ["Input.PlannedStart"] = "2024-02-01",
            ["Input.ValueAmount"] = "250000",
            ["Input.ValueCurrency"] = "USD",
            ["Input.Transactions[0].Kind"] = "Disbursement",
            ["Input.Transactions[0].Date"] = "2024-03-01",
            ["Input.Transactions[0].Amount"] = "-5",
            ["Input.Transactions[0].Currency"] = "USD",
            ["Input.Version"] = "0",
        };

        var refused = await PostFormAsync(officer, "/aid/new", "aid", new(fields));
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        fields["Input.Sectors[0].Percentage"] = "100";
        fields["Input.Transactions[0].Amount"] = "50000";
        var created = await PostFormAsync(officer, "/aid/new", "aid", new(fields));
        var list = await ReadAsync<AidList>(await officer.GetAsync($"/api/aid?q={Uri.EscapeDataString(title)}&currency=USD", Ct));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("The sectors' shares must total 100 per cent; they total 70.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-Transactions-0-Amount\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var row = Assert.Single(list.Page.Items);
        Assert.Equal("Plan International", row.Donors);
        Assert.Equal(50_000m, list.Disbursed.Amount);
        Assert.Contains($"/aid/{row.Id}?saved=1", created.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheImportPage_PreviewsAnIatiFile_WithoutImportingIt()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var page = await (await officer.GetAsync("/aid/import", Ct)).Content.ReadAsStringAsync(Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var xml = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Features", "Aid", "TestFiles", "worked-example.xml"), Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("iati-import"), "_handler" },
            { new StringContent("preview"), "action" },
            { new ByteArrayContent(xml), "file", "activities.xml" },
        };

        var response = await officer.PostAsync("/aid/import", form, Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Worked example of an activity report", html, StringComparison.Ordinal);
        Assert.Contains("Nothing has been imported yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAPreview_TheImportButton_ImportsThePreviewedFile_WithoutChoosingItAgain()
    {
        var officer = await App.SignInNewUserAsync("tuyen-quang");
        const string xml = """
            <iati-activities version="2.03">
              <iati-activity default-currency="USD">
                <iati-identifier>XM-DAC-41114-STAGED-1</iati-identifier>
                <title><narrative>Staged preview project &amp; friends</narrative></title>
                <participating-org role="1"><narrative>UNICEF</narrative></participating-org>
                <activity-date type="1" iso-date="2024-03-01"/>
              </iati-activity>
            </iati-activities>
            """;
        var page = await (await officer.GetAsync("/aid/import", Ct)).Content.ReadAsStringAsync(Ct);
        using var preview = new MultipartFormDataContent
        {
            { new StringContent(TokenIn(page)), "__RequestVerificationToken" },
            { new StringContent("iati-import"), "_handler" },
            { new StringContent("preview"), "action" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(xml)), "file", "activities.xml" },
        };
        var previewed = await (await officer.PostAsync("/aid/import", preview, Ct)).Content.ReadAsStringAsync(Ct);
        var staged = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(previewed, "name=\"staged\" value=\"([^\"]*)\"").Groups[1].Value);
        var before = await ReadAsync<AidList>(await officer.GetAsync("/api/aid?q=staged%20preview", Ct));

        using var import = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenIn(previewed),
            ["_handler"] = "iati-import",
            ["action"] = "import",
            ["staged"] = staged,
        });
        var imported = WebUtility.HtmlDecode(await (await officer.PostAsync("/aid/import", import, Ct)).Content.ReadAsStringAsync(Ct));
        var after = await ReadAsync<AidList>(await officer.GetAsync("/api/aid?q=staged%20preview", Ct));

        Assert.Equal(xml, staged);
        Assert.Equal(0, before.Page.Total);
        Assert.Contains("Imported 1 activity.", imported, StringComparison.Ordinal);
        Assert.Equal("Staged preview project & friends", Assert.Single(after.Page.Items).Title);
    }

    private static string TokenIn(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
}

public sealed class AidPageTests_Sqlite(SqliteApp app) : AidPageTests(app);

public sealed class AidPageTests_Postgres(PostgresApp app) : AidPageTests(app);
