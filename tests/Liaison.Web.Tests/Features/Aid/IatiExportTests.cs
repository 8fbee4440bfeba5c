using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Liaison.Web.Features.Aid;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Aid;

public abstract class IatiExportTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task AProject_ExportsAsAnIatiFile_ThatValidatesAgainstTheSchema_AndKeepsTheStandardsRules()
    {
        var officer = await App.SignInNewUserAsync("lai-chau");
        var donor = await TestData.CreatePartnerAsync(officer, TestData.Partner("Embassy of Japan"));
        var input = TestData.AidProject(donor.Id, "Clean water for Sin Ho & Phong Tho");
        input.ActualStart = new DateOnly(2023, 5, 2);
        input.Transactions =
        [
            new() { Kind = AidTransactionKind.Commitment, Date = new DateOnly(2023, 4, 10), Amount = 93_000m, Currency = "USD" },
            new() { Kind = AidTransactionKind.Disbursement, Date = new DateOnly(2023, 7, 1), Amount = 1_250_000_000m, Currency = "VND", Description = "First tranche" },
        ];
        var project = await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", input));

        var response = await officer.GetAsync($"/api/aid/{project.Id}/iati.xml", Ct);
        var xml = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(ValidateWithTheSchemaFiles(xml));
        var activity = XDocument.Parse(xml).Root!.Element("iati-activity")!;
        var orgRef = activity.Element("reporting-org")!.Attribute("ref")!.Value;
        var identifier = activity.Element("iati-identifier")!.Value;
        Assert.Equal("2.03", XDocument.Parse(xml).Root!.Attribute("version")!.Value);
        Assert.StartsWith(orgRef, identifier, StringComparison.Ordinal);
        Assert.DoesNotContain(identifier, c => c is '/' or '&' or '|' or '?');
        Assert.Equal(["1", "2", "3"], activity.Elements("activity-date").Select(d => d.Attribute("type")!.Value));
        Assert.Equal(100m, activity.Elements("sector").Sum(s => decimal.Parse(s.Attribute("percentage")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["2", "3"], activity.Elements("transaction").Select(t => t.Element("transaction-type")!.Attribute("code")!.Value));
        Assert.All(activity.Descendants("value"), v => Assert.NotNull(v.Attribute("currency")));
        Assert.Equal(["1", "4"], activity.Elements("participating-org").Select(o => o.Attribute("role")!.Value));
        Assert.Equal("Clean water for Sin Ho & Phong Tho", activity.Element("title")!.Element("narrative")!.Value);
    }

    [Fact]
    public async Task AProjectThatLacksWhatIatiRequires_SaysWhatItLacks_AndTheProvinceFileLeavesItOut()
    {
        var officer = await App.SignInNewUserAsync("dien-bien");
        var donor = await TestData.CreatePartnerAsync(officer);
        var bare = TestData.AidProject(donor.Id);
        bare.Description = null;
        var incomplete = await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", bare));
        await ReadAsync<AidProjectDetails>(await PostJsonAsync(officer, "/api/aid", TestData.AidProject(donor.Id)));

        var refused = await ProblemDetailAsync(await officer.GetAsync($"/api/aid/{incomplete.Id}/iati.xml", Ct), HttpStatusCode.Conflict);
        var province = await officer.GetAsync("/api/aid/iati.xml", Ct);
        var xml = await province.Content.ReadAsStringAsync(Ct);

        Assert.Equal("This project can't be published to IATI yet: it lacks a description.", refused);
        Assert.Equal(HttpStatusCode.OK, province.StatusCode);
        Assert.Equal("1", province.Headers.GetValues("Liaison-Iati-Skipped").Single());
        Assert.Single(XDocument.Parse(xml).Root!.Elements("iati-activity"));
        Assert.Empty(ValidateWithTheSchemaFiles(xml));
    }

    [Fact]
    public void AFileWithoutARequiredElement_FailsTheSchema_Loudly()
    {
        var valid = XDocument.Parse("""
            <iati-activities version="2.03">
              <iati-activity default-currency="VND">
                <iati-identifier>VN-PROVINCE-LAI-CHAU-AID-1</iati-identifier>
                <reporting-org ref="VN-PROVINCE-LAI-CHAU" type="11"><narrative>DOFA</narrative></reporting-org>
                <title><narrative>Water</narrative></title>
                <description><narrative>Clean water</narrative></description>
                <participating-org role="1"><narrative>KOICA</narrative></participating-org>
                <activity-status code="2"/>
                <activity-date type="1" iso-date="2023-01-01"/>
              </iati-activity>
            </iati-activities>
            """);
        var withoutTitle = new XDocument(valid);
        withoutTitle.Root!.Element("iati-activity")!.Element("title")!.Remove();

        Assert.Empty(IatiSchema.Validate(valid));
        Assert.Contains(IatiSchema.Validate(withoutTitle), p => p.Contains("title", StringComparison.Ordinal));
    }

    /// <summary>Validates with the schema files in the repository, read from disk: not the application's own loader.</summary>
    private static List<string> ValidateWithTheSchemaFiles(string xml)
    {
        var folder = RepositoryFolder.Root;
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Path.Combine(folder, "src", "Liaison.Web", "Features", "Aid", "Iati", "iati-activities-schema.xsd"));
        var problems = new List<string>();
        XDocument.Parse(xml).Validate(schemas, (_, e) => problems.Add(e.Message));
        return problems;
    }
}

public sealed class IatiExportTests_Sqlite(SqliteApp app) : IatiExportTests(app);

public sealed class IatiExportTests_Postgres(PostgresApp app) : IatiExportTests(app);
