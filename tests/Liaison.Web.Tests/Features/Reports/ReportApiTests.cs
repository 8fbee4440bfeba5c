using System.Globalization;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Demo;
using Liaison.Web.Features.Reports;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Reports;

/// <summary>The period report on the demo data: the figures the articles quote, from the records, through the API, the workbook and the document.</summary>
public abstract class ReportApiTests(LiaisonApp app) : AppTests(app)
{
    private const string Term = "from=2020-01-01&to=2025-12-31";

    [Fact]
    public async Task LaiChau2020To2025_ShowsTheArticlesFigures_InTheApiTheWorkbookAndTheDocument()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");

        var report = await ReadAsync<Report>(await laiChau.GetAsync($"/api/reports?{Term}&currency=VND", Ct));
        var workbook = await SummaryAsync(laiChau, $"/api/reports/report.xlsx?{Term}&currency=VND");
        var english = await DocumentTextAsync(laiChau, $"/api/reports/report.docx?{Term}&currency=VND&language=en");
        var vietnamese = await DocumentTextAsync(laiChau, $"/api/reports/report.docx?{Term}&currency=VND&language=vi");

        Assert.Equal(["Lai Chau"], report.Provinces);
        Assert.Equal(DemoDataLoader.LaiChauInboundDelegations, report.Find("inbound-delegations").Value);
        Assert.InRange(report.Find("inbound-visitors").Value!.Value, 3_663, 3_737); // "about 3,700"
        Assert.True(report.Find("aid-disbursed").Value > 226_000_000_000m); // "over 226 billion VND"
        Assert.Equal(5, KoreanAgreementsInForce(report));
        Assert.True(report.Find("people-to-people").Value > 30); // "over 30 people-to-people exchanges"
        Assert.Equal(5, report.Find("press-visits").Value); // "5 foreign press delegations"
        Assert.Equal(report.Find("inbound-delegations").Value, report.Find("inbound-delegations").ByYear.Sum(y => y.Value));
        Assert.Equal(86 + 140 + 165, report.Find("workers-sent").Value); // the demo's three seasons in Mungyeong
        Assert.Equal([0, 0, 0, 86, 140, 165], report.Find("workers-sent").ByYear.Select(y => y.Value));
        Assert.True(report.Find("commitments-made").Value > report.Find("commitments-kept").Value + report.Find("commitments-pending").Value - 1);
        Assert.True(report.Find("commitments-kept").Value > 0 && report.Find("commitments-pending").Value > 0);
        Assert.Contains(report.Sections.Single(s => s.Key == "delegations").Breakdowns, b => b.Title == "Outbound delegations by level" && b.Lines.Count > 0);

        Assert.Equal(DemoDataLoader.LaiChauInboundDelegations, workbook["Inbound delegations"]);
        Assert.Equal(report.Find("inbound-visitors").Value, workbook["International visitors"]);
        Assert.True(workbook["Aid disbursed"] > 226_000_000_000m);
        Assert.Equal(5, workbook["Foreign press visits"]);
        Assert.Equal(report.Find("people-to-people").Value, workbook["People-to-people exchanges"]);
        Assert.Contains($"{report.Find("people-to-people").Value:N0} people-to-people exchanges, 5 foreign press visits", english, StringComparison.Ordinal);
        Assert.Contains($"Non-refundable aid disbursed came to {ReportNarrative.Amount(report.Find("aid-disbursed"), vi: false)}", english, StringComparison.Ordinal);
        Assert.StartsWith("226.", ReportNarrative.Amount(report.Find("aid-disbursed"), vi: false), StringComparison.Ordinal); // "226.x billion VND"
        Assert.Contains($"has received {DemoDataLoader.LaiChauInboundDelegations} foreign delegations with about {report.Find("inbound-visitors").Value:N0} international visitors", english, StringComparison.Ordinal);
        Assert.Contains($"Today {report.Find("agreements-in-force").Value} agreements are in force, most with partners in", english, StringComparison.Ordinal);
        Assert.Contains($"{Liaison.Web.Features.Reference.Countries.NameEn("KR")} (5)", english, StringComparison.Ordinal);
        Assert.Contains($"tỉnh Lai Châu đã đón {DemoDataLoader.LaiChauInboundDelegations} đoàn khách nước ngoài", vietnamese, StringComparison.Ordinal);
        Assert.Contains("tỷ VND", vietnamese, StringComparison.Ordinal);
        // The Vietnamese document is Vietnamese throughout: every figure, breakdown, line and unit has its Vietnamese words.
        foreach (var indicator in report.Sections.SelectMany(s => s.Indicators))
        {
            Assert.Contains($"{ReportWordsVi.Title(indicator)} ({ReportWordsVi.Word(indicator.Unit)})", vietnamese, StringComparison.Ordinal);
            Assert.DoesNotContain($"{indicator.Title} ({indicator.Unit})", vietnamese, StringComparison.Ordinal);
        }

        foreach (var breakdown in report.Sections.SelectMany(s => s.Breakdowns).Where(b => b.Lines.Count > 0))
        {
            Assert.NotEqual(breakdown.Title, ReportWordsVi.Word(breakdown.Title));
            Assert.All(breakdown.Lines, l => Assert.True(ReportWordsVi.Line(breakdown, l) != l.Label || l.Key == "VN", $"{breakdown.Title}: \"{l.Label}\" has no Vietnamese words"));
        }

        Assert.Contains("Đoàn vào theo quốc gia", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Trung Quốc", vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GiaLai2020To2025_ShowsItsDelegationsAgreementsAidAndInvestment()
    {
        var giaLai = await App.SignInDemoAsync("gia-lai@liaison.demo");

        var report = await ReadAsync<Report>(await giaLai.GetAsync($"/api/reports?{Term}&currency=USD", Ct));
        var workbook = await SummaryAsync(giaLai, $"/api/reports/report.xlsx?{Term}&currency=USD");
        var document = await DocumentTextAsync(giaLai, $"/api/reports/report.docx?{Term}&currency=USD");

        Assert.True(report.Find("inbound-delegations").Value > 150); // "over 150 delegations"
        Assert.True(report.Find("agreements-signed").Value > 30); // "over 30 agreements"
        Assert.True(report.Find("aid-disbursed").Value > 10_000_000m); // "over 10 million USD of aid"
        Assert.Equal(DemoInvestment.GiaLaiProjects, report.Find("fdi-projects-register").Value); // 102 FDI projects
        Assert.InRange(report.Find("fdi-capital-register").Value!.Value, 2_250_000_000m, 2_350_000_000m); // "about 2.3 billion USD"

        Assert.Equal(report.Find("inbound-delegations").Value, workbook["Inbound delegations"]);
        Assert.Equal(report.Find("agreements-signed").Value, workbook["Agreements signed"]);
        Assert.Equal(DemoInvestment.GiaLaiProjects, workbook["FDI projects in the register today"]);
        Assert.Equal(report.Find("fdi-capital-register").Value, workbook["Their registered capital"]);
        Assert.Contains($"({DemoInvestment.GiaLaiProjects} projects with 2.3 billion USD in the register today)", document, StringComparison.Ordinal);
        Assert.True(workbook["Aid disbursed"] > 10_000_000m);
        Assert.Contains($"has received {report.Find("inbound-delegations").Value:N0} foreign delegations", document, StringComparison.Ordinal);
        Assert.Contains($"has signed {report.Find("agreements-signed").Value:N0} international agreements", document, StringComparison.Ordinal);
        Assert.Contains($"Non-refundable aid disbursed came to {ReportNarrative.Amount(report.Find("aid-disbursed"), vi: false)}", document, StringComparison.Ordinal);
        Assert.Contains(" million USD", ReportNarrative.Amount(report.Find("aid-disbursed"), vi: false), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFiguresLink_ListsExactlyTheRecordsItCounted()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");
        var ministry = await App.SignInDemoAsync("ministry@liaison.demo");

        foreach (var (client, url) in new[] { (laiChau, $"/api/reports?{Term}"), (ministry, $"/api/reports?{Term}&province=lai-chau,gia-lai&currency=USD") })
        {
            var report = await ReadAsync<Report>(await client.GetAsync(url, Ct));
            // Both the page a reader opens and its API twin list what the figure counted.
            foreach (var indicator in report.Sections.SelectMany(s => s.Indicators))
            {
                Assert.True(indicator.Records == await ListTotalAsync(client, indicator.Link), $"{indicator.Key}: {indicator.Records} counted, the list at /api{indicator.Link} differs");
                Assert.True(indicator.Records == await PageTotalAsync(client, indicator.Link), $"{indicator.Key}: {indicator.Records} counted, the page {indicator.Link} differs");
            }

            foreach (var line in report.Sections.SelectMany(s => s.Breakdowns).SelectMany(b => b.Lines))
            {
                Assert.True(line.Value == await ListTotalAsync(client, line.Link), $"{line.Label}: {line.Value} counted, the list at /api{line.Link} differs");
                Assert.True(line.Value == await PageTotalAsync(client, line.Link), $"{line.Label}: {line.Value} counted, the page {line.Link} differs");
            }
        }
    }

    [Fact]
    public async Task PartnerLocalities_AreTheProvincesPartnersWithASeat_WithTheAgreementsThatNameThem()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");
        var ministry = await App.SignInDemoAsync("ministry@liaison.demo");

        var own = (await ReadAsync<Report>(await laiChau.GetAsync($"/api/reports?{Term}", Ct))).Localities!;
        var both = (await ReadAsync<Report>(await ministry.GetAsync($"/api/reports?{Term}&province=lai-chau,gia-lai", Ct))).Localities!;
        var page = WebUtility.HtmlDecode(await laiChau.GetStringAsync($"/reports?{Term}", Ct));

        var mungyeong = own.Single(l => l.Name == "Mungyeong City");
        Assert.Equal(("KR", 36.59, 128.19), (mungyeong.CountryCode, mungyeong.Latitude, mungyeong.Longitude));
        Assert.Equal(await ListTotalAsync(laiChau, $"/agreements?partnerId={mungyeong.Id}"), mungyeong.Agreements);
        Assert.True(mungyeong.Agreements > 0);
        Assert.DoesNotContain(own, l => l.Name == "Champasak Province"); // Gia Lai's
        Assert.Contains(both, l => l.Name == "Champasak Province");
        Assert.Contains(both, l => l.Name == "Mungyeong City");
        Assert.Contains($"<a href=\"/partners/{mungyeong.Id}\" aria-label=\"Mungyeong City, {Liaison.Web.Features.Reference.Countries.NameEn("KR")}: {mungyeong.Agreements} agreement", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachYearsBar_OpensTheRecordsOfThatYear()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");
        var report = await ReadAsync<Report>(await laiChau.GetAsync($"/api/reports?{Term}", Ct));
        var page = WebUtility.HtmlDecode(await laiChau.GetStringAsync($"/reports?{Term}", Ct));

        // The figures that count records (not people or money), so that a year's list has as many rows as its bar is tall.
        var counts = report.Sections.SelectMany(s => s.Indicators).Where(i => i.Value == i.Records && i.ByYear.Any(y => y.Value > 0) && i.Unit is not "people").ToList();
        Assert.Contains(counts, i => i.Key == "inbound-delegations");
        foreach (var indicator in counts)
        {
            foreach (var year in indicator.ByYear.Where(y => y.Value > 0))
            {
                var link = YearLinks.For(report, indicator, year.Year)!;
                Assert.True(year.Value == await PageTotalAsync(laiChau, link), $"{indicator.Key} in {year.Year}: {year.Value} counted, the page {link} differs");
            }
        }

        var inbound = report.Find("inbound-delegations");
        var bar = $"<a href=\"{YearLinks.For(report, inbound, 2023)}\" aria-label=\"2023: {inbound.ByYear.Single(y => y.Year == 2023).Value!.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} delegations\">";
        Assert.Contains(bar, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFigureOfPeopleOrMoney_IsWhatItsListTotals_OverThePeriodAndEachYear()
    {
        // The record counts are compared with the lists above; these are the amounts summed with them, each against the
        // total its list shows (the same JSON the list's page reads), for the period and for each year's bar.
        var ministry = await App.SignInDemoAsync("ministry@liaison.demo");
        var report = await ReadAsync<Report>(await ministry.GetAsync($"/api/reports?{Term}&currency=USD", Ct));
        var amounts = report.Sections.SelectMany(s => s.Indicators).Where(i => i.Unit == "people" || i.Unit == report.Currency).ToList();
        Assert.Empty(amounts.Select(i => i.Key).Except(ListTotals.Keys));

        var compared = 0;
        foreach (var figure in amounts)
        {
            Assert.True(figure.Value == await ListAmountAsync(ministry, figure.Link, ListTotals[figure.Key]), $"{figure.Key}: {figure.Value}, its list at /api{figure.Link} differs");
            foreach (var year in figure.ByYear.Where(y => y.Value is not null))
            {
                var link = YearLinks.For(report, figure, year.Year)!;
                Assert.True(year.Value == await ListAmountAsync(ministry, link, ListTotals[figure.Key]), $"{figure.Key} in {year.Year}: {year.Value}, its list at /api{link} differs");
                compared += year.Value > 0 ? 1 : 0;
            }
        }

        Assert.True(compared > 20, $"only {compared} years of amounts hold anything");
    }

    /// <summary>Where each figure of people or money finds its total in its list's JSON.</summary>
    private static readonly Dictionary<string, string[]> ListTotals = new(StringComparer.Ordinal)
    {
        ["inbound-visitors"] = ["totals", "members"],
        ["outbound-members"] = ["totals", "members"],
        ["people-trained"] = ["totals", "participants"],
        ["aid-committed"] = ["committed", "amount"],
        ["aid-disbursed"] = ["disbursed", "amount"],
        ["fdi-capital"] = ["capital", "amount"],
        ["fdi-capital-register"] = ["capital", "amount"],
        ["exports"] = ["exports", "amount"],
        ["imports"] = ["imports", "amount"],
        ["workers-sent"] = ["totals", "workersSent"],
        ["workers-returned"] = ["totals", "returnedOnTime"],
        ["workers-stayed"] = ["totals", "stayedIllegally"],
        ["case-people"] = ["totals", "people"],
        ["people-received"] = ["totals", "people"],
        ["information-reach"] = ["totals", "reach"],
        ["ngo-reports-received"] = ["totals", "reportsReceived"],
    };

    private static async Task<decimal> ListAmountAsync(HttpClient client, string link, string[] path)
    {
        using var json = await ListJsonAsync(client, link);
        return path.Aggregate(json.RootElement, (element, name) => element.GetProperty(name)).GetDecimal();
    }

    [Fact]
    public async Task EachYearAndThePreviousPeriod_ShowTheFiguresOfTheirOwnReport()
    {
        // The report reads its whole reach once, by day, and sums the days of each span: a year of a report and its
        // previous period must still be what a report of just that span says, sums of people and money included.
        // Every province's, so that every section has records; whole years, and a period of parts of years whose
        // previous period is counted in days.
        var ministry = await App.SignInDemoAsync("ministry@liaison.demo");
        var wholeYears = await AssertEachSpanIsItsOwnReportAsync(ministry, "2023-01-01", "2025-12-31");
        await AssertEachSpanIsItsOwnReportAsync(ministry, "2024-03-15", "2025-06-30");

        // Not 0 == 0: every section whose figures run by year has some year with something in it.
        var empty = wholeYears.Sections
            .Where(s => s.Indicators.Any(i => i.ByYear.Any(y => y.Value is not null)) && !s.Indicators.Any(i => i.ByYear.Any(y => y.Value > 0)))
            .Select(s => s.Key);
        Assert.Empty(empty);
        Assert.True(wholeYears.Find("case-people").ByYear.Count(y => y.Value > 0) > 1);
    }

    /// <summary>Compares each year's part of the report, and each previous period, with the report of just that span.</summary>
    private static async Task<Report> AssertEachSpanIsItsOwnReportAsync(HttpClient client, string from, string to)
    {
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        async Task<Report> ReportAsync(string first, string last) => await ReadAsync<Report>(await client.GetAsync($"/api/reports?from={first}&to={last}", Ct));

        var report = await ReportAsync(from, to);
        var pairs = new List<(Report Later, Report Earlier)> { (report, await ReportAsync(Day(report.PreviousFrom), Day(report.PreviousTo))) };
        foreach (var year in report.Years)
        {
            var first = new DateOnly(year, 1, 1) < report.From ? report.From : new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31) > report.To ? report.To : new DateOnly(year, 12, 31);
            var alone = await ReportAsync(Day(first), Day(last));
            foreach (var figure in report.Sections.SelectMany(s => s.Indicators).Where(i => i.ByYear.Any(y => y.Value is not null)))
            {
                var inYear = figure.ByYear.Single(y => y.Year == year).Value;
                Assert.True(inYear == alone.Find(figure.Key).Value, $"{figure.Key} in {year} of {from}..{to}: {inYear}, {alone.Find(figure.Key).Value} in the year's own report");
            }

            pairs.Add((alone, await ReportAsync(Day(alone.PreviousFrom), Day(alone.PreviousTo))));
        }

        foreach (var (later, earlier) in pairs)
        {
            foreach (var figure in later.Sections.SelectMany(s => s.Indicators).Where(f => f.Previous is not null))
            {
                Assert.True(figure.Previous == earlier.Find(figure.Key).Value,
                    $"{figure.Key} of {Day(later.From)}..{Day(later.To)}: {figure.Previous} as the previous period, {earlier.Find(figure.Key).Value} in that period's own report");
            }
        }

        Assert.Contains(pairs, p => p.Later.Sections.SelectMany(s => s.Indicators).Any(f => f.Previous > 0));
        return report;
    }

    [Fact]
    public async Task AReport_CoversOnlyWhatTheReaderMayRead()
    {
        var laiChau = await App.SignInDemoAsync("lai-chau@liaison.demo");
        var ministry = await App.SignInDemoAsync("ministry@liaison.demo");
        var admin = await App.SignInNewUserAsync("lai-chau", Roles.Administrator);

        Assert.Equal(HttpStatusCode.Forbidden, (await laiChau.GetAsync($"/api/reports?{Term}&province=gia-lai", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await laiChau.GetAsync($"/api/reports/report.xlsx?{Term}&province=gia-lai", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/reports?{Term}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ministry.GetAsync("/api/reports?from=2025-01-01&to=2024-01-01", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ministry.GetAsync("/api/reports?from=2027-01-01", Ct)).StatusCode); // after the default end
        Assert.Equal(HttpStatusCode.BadRequest, (await ministry.GetAsync("/api/reports?to=2018-12-31", Ct)).StatusCode); // before the default start
        Assert.Equal(HttpStatusCode.BadRequest, (await ministry.GetAsync("/api/reports?from=1950-01-01&to=2025-12-31", Ct)).StatusCode); // over 30 years

        var both = await ReadAsync<Report>(await ministry.GetAsync($"/api/reports?{Term}&province=lai-chau,gia-lai", Ct));
        var giaLai = await ReadAsync<Report>(await ministry.GetAsync($"/api/reports?{Term}&province=gia-lai", Ct));
        var own = await ReadAsync<Report>(await laiChau.GetAsync($"/api/reports?{Term}", Ct));
        Assert.Equal(own.Find("inbound-delegations").Value + giaLai.Find("inbound-delegations").Value, both.Find("inbound-delegations").Value);
        var year = await ReadAsync<Report>(await laiChau.GetAsync("/api/reports?from=2025-01-01&to=2025-12-31", Ct));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (year.PreviousFrom, year.PreviousTo));
        Assert.Equal(140, year.Find("workers-sent").Previous); // 2024's seasons beside 2025's
        var fortnight = await ReadAsync<Report>(await laiChau.GetAsync("/api/reports?from=2025-03-10&to=2025-03-23", Ct));
        Assert.Null(fortnight.Find("workers-sent").Previous); // seasons are dated by year: no previous fortnight to compare
        Assert.Equal((new DateOnly(2025, 2, 24), new DateOnly(2025, 3, 9)), (fortnight.PreviousFrom, fortnight.PreviousTo));
        var everyone = await ReadAsync<Report>(await ministry.GetAsync($"/api/reports?{Term}", Ct));
        Assert.True(everyone.AllProvinces);
        Assert.True(everyone.Find("inbound-delegations").Value >= both.Find("inbound-delegations").Value);
    }

    private static int KoreanAgreementsInForce(Report report) =>
        (int)report.Sections.Single(s => s.Key == "agreements").Breakdowns.Single(b => b.Title == "Agreements in force by partner country").Lines.Single(l => l.Key == "KR").Value;

    /// <summary>How many records a list link lists: its API twin, read for the total.</summary>
    private static async Task<int> ListTotalAsync(HttpClient client, string link)
    {
        using var json = await ListJsonAsync(client, link);
        var root = json.RootElement;
        return root.TryGetProperty("total", out var total) ? total.GetInt32() : root.GetProperty("page").GetProperty("total").GetInt32();
    }

    /// <summary>A list link's API twin, one row a page: what the list counts and totals.</summary>
    private static async Task<JsonDocument> ListJsonAsync(HttpClient client, string link) =>
        JsonDocument.Parse(await (await client.GetAsync("/api" + link + "&pageSize=1", Ct)).Content.ReadAsStringAsync(Ct));

    /// <summary>How many records a list page says it lists ("536 records · page 1 of 22").</summary>
    internal static async Task<int> PageTotalAsync(HttpClient client, string link)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(link, Ct));
        var match = System.Text.RegularExpressions.Regex.Match(html, "([0-9,]+) records? · page");
        Assert.True(match.Success, $"{link} shows no count");
        return int.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The workbook's summary sheet, read back: each figure's title and its value for the period.</summary>
    private static async Task<Dictionary<string, decimal?>> SummaryAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Summary");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
        var figures = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var cells = row.Elements<Cell>().ToList();
            if (cells.Count > 3 && cells[0].InlineString is not null && cells[3].DataType?.Value == CellValues.Number)
            {
                figures[cells[1].InlineString!.InnerText] = decimal.Parse(cells[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return figures;
    }

    private static async Task<string> DocumentTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

public sealed class ReportApiTests_Sqlite(SqliteDemoApp app) : ReportApiTests(app);

public sealed class ReportApiTests_Postgres(PostgresDemoApp app) : ReportApiTests(app);
