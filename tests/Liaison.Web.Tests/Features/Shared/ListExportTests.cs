using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Shared;

/// <summary>Every list in the application offers its rows as CSV, with the list's filters, and the file parses.</summary>
public abstract partial class ListExportTests(LiaisonApp app) : AppTests(app)
{
    private const string Administrator = "administrator";

    /// <summary>Every list page, who reads it, and whether the file has one row per record the page counts (the labour list's has one per season).</summary>
    public static TheoryData<string, string, bool> Lists => new()
    {
        { "/partners", "lai-chau@liaison.demo", true },
        { "/delegations?direction=Inbound&from=2024-01-01&to=2024-12-31", "lai-chau@liaison.demo", true },
        { "/delegations?q=&direction=&status=&purpose=&level=&partnerId=&country=&from=&to=", "lai-chau@liaison.demo", true }, // a filter form sent empty
        { "/agreements", "lai-chau@liaison.demo", true },
        { "/activities?kind=PeopleToPeopleExchange", "lai-chau@liaison.demo", true },
        { "/aid", "lai-chau@liaison.demo", true },
        { "/investments", "gia-lai@liaison.demo", true },
        { "/trade", "lai-chau@liaison.demo", true },
        { "/labour?from=2023-01-01", "lai-chau@liaison.demo", false },
        { "/mechanisms", "lai-chau@liaison.demo", true },
        { "/commitments?pending=true", "lai-chau@liaison.demo", true },
        { "/gates", "lai-chau@liaison.demo", true },
        { "/villages", "lai-chau@liaison.demo", true },
        { "/due?days=366", "lai-chau@liaison.demo", true },
        { "/exchange-rates?currency=USD", "lai-chau@liaison.demo", true },
        { "/exchange-rates?currency=&from=&to=", "lai-chau@liaison.demo", true },
        { "/admin/users?role=Officer", Administrator, true },
        { "/admin/audit?entityType=Partner", Administrator, true },
        { "/admin/archived", Administrator, true },
        { "/admin/deadline-rules", Administrator, false },
        { "/admin/holidays?year=2025", Administrator, false },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task EveryList_LinksToItsRowsAsCsv_WithItsFilters_AndTheFileParses(string page, string reader, bool rowPerRecord)
    {
        if (page == "/admin/archived")
        {
            // The demo archives nothing: an officer archives a partner for the list to show.
            var officer = await App.SignInNewUserAsync("lai-chau");
            var partner = await TestData.CreatePartnerAsync(officer);
            Assert.True((await officer.PostAsync($"/api/partners/{partner.Id}/archive", null, Ct)).IsSuccessStatusCode);
        }

        var client = reader == Administrator ? await App.SignInNewUserAsync("lai-chau", Roles.Administrator) : await App.SignInDemoAsync(reader);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(page, Ct));
        var link = CsvHref().Match(html);
        Assert.True(link.Success, $"{page} has no CSV export link");

        var response = await client.GetAsync(link.Groups[1].Value, Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var rows = CsvFile.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.True(rows.Count > 1, $"{link.Groups[1].Value} has no rows");
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        var counted = Regex.Match(html, "([0-9,]+) records? · page");
        if (rowPerRecord && counted.Success)
        {
            Assert.Equal(int.Parse(counted.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), rows.Count - 1);
        }
    }

    [Fact]
    public async Task AdministratorsExports_AnswerAdministratorsOnly()
    {
        var officer = await App.SignInDemoAsync("lai-chau@liaison.demo");
        foreach (var url in new[] { "/api/users/export.csv", "/api/audit/export.csv", "/api/audit/archived/export.csv" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(url, Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync(url, Ct)).StatusCode);
        }
    }

    [GeneratedRegex("href=\"(/api/[^\"]+export\\.csv[^\"]*)\"")]
    private static partial Regex CsvHref();
}

public sealed class ListExportTests_Sqlite(SqliteDemoApp app) : ListExportTests(app);

public sealed class ListExportTests_Postgres(PostgresDemoApp app) : ListExportTests(app);
