using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Import;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Import;

public abstract class ImportApiTests(LiaisonApp app) : AppTests(app)
{
    private static readonly string[] DelegationHeaders = ["Direction", "Title", "Purpose", "Start date", "End date", "Level", "Members", "Countries", "Funding source", "Status"];

    private static string[] DelegationRow(string title, string start = "2021-05-10", string end = "2021-05-12", string members = "8", string countries = "KR", string status = "Completed") =>
        ["Inbound", title, "Work", start, end, "Provincial leadership", members, countries, "Inviting side", status];

    [Fact]
    public async Task ACleanCsvFile_IsGuessedCheckedAndImported_AndItsRecordsAreListed()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Clean");
        var file = ImportFiles.Csv([DelegationHeaders, DelegationRow($"{marker} Gyeonggi"), DelegationRow($"{marker} Chungbuk", "2022-03-01", "2022-03-04", "15", "KR; JP"), DelegationRow($"{marker} Xieng Khouang", "2023-09-20", "2023-09-21", "6", "Laos", "Draft")]);

        var job = await UploadAsync(officer, "delegations", "register.csv", file);
        var check = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/check", null, Ct));
        var before = await ListAsync(officer, marker);
        var done = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct));
        var after = await ListAsync(officer, marker);

        Assert.Equal(3, job.RowCount);
        Assert.Equal(DelegationHeaders.Length, job.Mapping.Count);
        Assert.Equal((3, 0, 0, 0, false), (check.Created, check.Updated, check.Invalid, check.ErrorCount, check.Applied));
        Assert.Equal(0, before.Total);
        Assert.Equal((true, 3), (done.Applied, done.Created));
        Assert.Equal(3, after.Total);
        var chungbuk = after.Items.Single(d => d.Title.EndsWith("Chungbuk", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2022, 3, 1), 15, DelegationStatus.Completed), (chungbuk.StartDate, chungbuk.MemberCount, chungbuk.Status));
        var details = await ReadAsync<DelegationDetails>(await officer.GetAsync($"/api/delegations/{chungbuk.Id}", Ct));
        Assert.Equal(["JP", "KR"], details.CountryCodes.Order());
        Assert.Equal(DelegationStatus.Draft, after.Items.Single(d => d.Title.EndsWith("Khouang", StringComparison.Ordinal)).Status);
        var again = await officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    /// <summary>
    /// The import writes in bulk (ADR 0016), bypassing EF Core's one statement per row; what it writes must
    /// be what a save from the form writes: the same audit entries for the record and for each child row,
    /// in an unbroken chain, the search index in step, and keys that the next form save carries on from.
    /// </summary>
    [Fact]
    public async Task AnImportedRecord_IsAuditedIndexedAndKeyedLikeOneSavedFromItsForm()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Bulkpath");
        var file = ImportFiles.Csv([DelegationHeaders, DelegationRow($"{marker} Jeonju", countries: "KR; JP"), DelegationRow($"{marker} Luang Prabang", "2022-01-05", "2022-01-06", "4", "LA")]);
        var job = await UploadAsync(officer, "delegations", "register.csv", file);
        await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/check", null, Ct));
        await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct));
        var jeonju = (await ListAsync(officer, marker)).Items.Single(d => d.Title.EndsWith("Jeonju", StringComparison.Ordinal));

        var history = await ReadAsync<List<Liaison.Web.Features.Audit.HistoryItem>>(await officer.GetAsync($"/api/delegations/{jeonju.Id}/history", Ct));
        var created = Assert.Single(history, h => h.EntityType == nameof(Delegation));
        Assert.Equal((Liaison.Web.Features.Audit.AuditAction.Created, jeonju.Id), (created.Action, created.EntityId));
        Assert.Contains(created.Changes, c => c.Field == nameof(Delegation.Title) && c.After == $"{marker} Jeonju");
        Assert.Contains(created.Changes, c => c.Field == nameof(Delegation.StartDate) && c.After == "2021-05-10");
        var countries = history.Where(h => h.EntityType == "DelegationCountry").ToList();
        Assert.Equal(2, countries.Count);
        Assert.All(countries, c => Assert.Equal(Liaison.Web.Features.Audit.AuditAction.Created, c.Action));
        Assert.Equal(["JP", "KR"], countries.Select(c => c.Changes.Single(f => f.Field == "CountryCode").After).Order());

        var search = await officer.GetAsync($"/api/search?q={Uri.EscapeDataString(marker + " Jeonju")}", Ct);
        Assert.Contains($"\"/delegations/{jeonju.Id}\"", await search.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var typed = (await TestData.CreateDelegationAsync(officer)).Id;
        Assert.True(typed > jeonju.Id, $"a delegation saved after the import got key {typed}, not after the imported {jeonju.Id}");

        using var scope = App.Services.CreateScope();
        var verification = await scope.ServiceProvider.GetRequiredService<Liaison.Web.Features.Audit.VerifyAuditChainHandler>().HandleAsync(Ct);
        Assert.True(verification.Intact, verification.ToString());
    }

    [Fact]
    public async Task AnXlsxWorkbook_WithDateSerialsAndNumberCells_ImportsLikeTheCsv()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Workbook");
        var file = ImportFiles.Xlsx([DelegationHeaders, DelegationRow($"{marker} Busan", "2024-02-29", "2024-03-02", "1234")]);

        var job = await UploadAsync(officer, "delegations", "register.xlsx", file);
        var check = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/check", null, Ct));

        // 1,234 members is over the form's 2,000? No: it is read as the number 1234, not as 1.234 or a text.
        Assert.Equal(0, check.ErrorCount);
        await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct));
        var row = Assert.Single((await ListAsync(officer, marker)).Items);
        Assert.Equal((new DateOnly(2024, 2, 29), new DateOnly(2024, 3, 2), 1234), (row.StartDate, row.EndDate, row.MemberCount));
    }

    [Fact]
    public async Task AFileWithErrorsInSeveralRows_WritesNothing_AndNamesEachRowColumnAndWhy()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Errors");
        var file = ImportFiles.Csv(
        [
            DelegationHeaders,
            DelegationRow($"{marker} good one"),
            DelegationRow($"{marker} bad date", start: "31/02/2021"),
            DelegationRow($"{marker} good two", "2021-06-01", "2021-06-02"),
            DelegationRow($"{marker} bad country and order", "2021-07-05", "2021-07-01", countries: "Atlantis"),
            ["Sideways", $"{marker} bad direction", "Work", "2021-08-01", "2021-08-02", "Local", "three", "KR", "Inviting side", "Completed"],
            DelegationRow($"{marker} a year for a date", start: "2024", end: "2024-01-02"),
        ]);

        var job = await UploadAsync(officer, "delegations", "errors.csv", file);
        var check = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/check", null, Ct));
        var refused = await officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct);
        var outcome = JsonSerializer.Deserialize<ImportOutcome>(await refused.Content.ReadAsStringAsync(Ct), Json)!;

        Assert.Equal((2, 4), (check.Created, check.Invalid));
        Assert.Contains(check.Errors, e => e is { Row: 3, Column: "Start date" } && e.Message.Contains("\"31/02/2021\" is not a date", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e is { Row: 5, Column: "Countries" } && e.Message.Contains("\"Atlantis\" is not a country", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e is { Row: 5, Column: "End date" } && e.Message.Contains("same as or after the start date", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e is { Row: 6, Column: "Direction" } && e.Message.Contains("\"Sideways\" is not one of: Inbound, Outbound", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e is { Row: 6, Column: "Members" } && e.Message.Contains("\"three\" is not a number", StringComparison.Ordinal));
        Assert.Contains(check.Errors, e => e is { Row: 7, Column: "Start date" } && e.Message.Contains("\"2024\" is not a date", StringComparison.Ordinal));
        Assert.Single(check.Errors, e => e is { Row: 3, Column: "Start date" }); // why it can't be read, not also "enter the start date"
        Assert.DoesNotContain(check.Errors, e => e.Row is 2 or 4);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.False(outcome.Applied);
        Assert.Equal(check.ErrorCount, outcome.ErrorCount);
        Assert.Equal(0, (await ListAsync(officer, marker)).Total);
    }

    [Fact]
    public async Task ReimportingTheSameFile_CreatesNoDuplicates_AndAChangedRowUpdatesItsRecord()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Again");
        string[][] rows = [DelegationHeaders, DelegationRow($"{marker} one"), DelegationRow($"{marker} two", "2021-06-01", "2021-06-02")];
        await ImportAsync(officer, "delegations", ImportFiles.Csv(rows));

        var same = await UploadAsync(officer, "delegations", "again.csv", ImportFiles.Csv(rows));
        var sameCheck = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{same.Id}/check", null, Ct));
        rows[2] = DelegationRow($"{marker} two", "2021-06-01", "2021-06-02", members: "21");
        var changed = await UploadAsync(officer, "delegations", "changed.csv", ImportFiles.Csv(rows));
        var changedCheck = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{changed.Id}/check", null, Ct));
        var done = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{changed.Id}/commit", null, Ct));
        var list = await ListAsync(officer, marker);

        Assert.Equal((0, 0, 2), (sameCheck.Created, sameCheck.Updated, sameCheck.Unchanged));
        Assert.Equal((0, 1, 1), (changedCheck.Created, changedCheck.Updated, changedCheck.Unchanged));
        Assert.Equal(ImportAction.Update, Assert.Single(changedCheck.Planned).Action);
        Assert.True(done.Applied);
        Assert.Equal(2, list.Total);
        Assert.Equal(21, list.Items.Single(d => d.Title.EndsWith("two", StringComparison.Ordinal)).MemberCount);
    }

    [Fact]
    public async Task ARowRepeatedInTheFile_IsAnError_AndALikelyDuplicateIsFlagged()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Đoàn");
        var existing = await TestData.CreateDelegationAsync(officer, TestData.Delegation($"{marker} Gyeonggi-do"));
        var folded = $"{marker.Replace("Đoàn", "Doan", StringComparison.Ordinal)} gyeonggi do";

        var job = await UploadAsync(officer, "delegations", "dupes.csv", ImportFiles.Csv(
        [
            DelegationHeaders,
            DelegationRow(folded, "2025-10-11", "2025-10-13"),
            DelegationRow($"{marker} twice", "2021-01-05", "2021-01-06"),
            DelegationRow($"{marker} twice", "2021-01-05", "2021-01-06"),
        ]));
        var check = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/check", null, Ct));

        var flagged = check.Planned.Single(p => p.Row == 2);
        Assert.Contains($"#{existing.Id}", flagged.LikelyDuplicateOf, StringComparison.Ordinal);
        Assert.Equal(1, check.LikelyDuplicates);
        Assert.Contains(check.Errors, e => e.Row == 4 && e.Message.Contains("repeats row 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASavedMapping_IsReusedForTheNextFileWithTheSameHeaders()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Template");
        string[] oldHeaders = ["Hướng", "Đoàn khách", "Việc", "Đến", "Về", "Cấp bậc", "Người", "Nước bạn", "Ai trả", "TT"];
        string[][] rows = [oldHeaders, DelegationRow($"{marker} first")];
        var name = TestData.Unique("Register 2019");

        var first = await UploadAsync(officer, "delegations", "old.csv", ImportFiles.Csv(rows));
        var columns = new Dictionary<string, int?> { ["direction"] = 0, ["title"] = 1, ["purpose"] = 2, ["startDate"] = 3, ["endDate"] = 4, ["level"] = 5, ["memberCount"] = 6, ["countries"] = 7, ["fundingSource"] = 8, ["status"] = 9 };
        var unmapped = await ValidationErrorsAsync(await PutJsonAsync(officer, $"/api/imports/{first.Id}/mapping", new ImportMappingInput { Columns = new() { ["title"] = 1 } }));
        var mapped = await ReadAsync<ImportView>(await PutJsonAsync(officer, $"/api/imports/{first.Id}/mapping", new ImportMappingInput { Columns = columns, SaveAs = name }));
        var templates = await ReadAsync<List<ImportTemplateView>>(await officer.GetAsync("/api/imports/mappings/delegations", Ct));
        var template = templates.Single(t => t.Name == name);
        var second = await UploadAsync(officer, "delegations", "old-2.csv", ImportFiles.Csv([oldHeaders, DelegationRow($"{marker} second")]), template.Id);
        var check = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{second.Id}/check", null, Ct));

        Assert.DoesNotContain(first.Mapping, m => m.Key is "purpose" or "level");
        Assert.Contains("direction", unmapped.Keys);
        Assert.Equal(10, mapped.Mapping.Count);
        Assert.Equal(mapped.Mapping.OrderBy(m => m.Key), second.Mapping.OrderBy(m => m.Key));
        Assert.Equal((1, 0), (check.Created, check.ErrorCount));
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task TheBlankTemplate_InEachLanguage_HasEveryFieldAndIsRecognisedOnUpload(string language)
    {
        var officer = await App.SignInNewUserAsync("son-la");
        foreach (var type in ImportCatalog.All)
        {
            var csv = await officer.GetAsync($"/api/imports/blank/{type.Key}.csv?language={language}", Ct);
            var xlsx = await officer.GetAsync($"/api/imports/blank/{type.Key}.xlsx?language={language}", Ct);
            var headers = CsvFile.Parse(await csv.Content.ReadAsStringAsync(Ct))[0];

            Assert.Equal(type.Fields.Select(f => BlankImportTemplate.HeaderIn(f, language)), headers);
            using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)), false);
            Assert.Equal(2, workbook.WorkbookPart!.Workbook.Sheets!.ChildElements.Count);
            Assert.Equal(type.Fields.Count, ImportJobs.Guess(type, headers).Count);
        }
    }

    [Fact]
    public async Task ARunAskedForProgress_StreamsRowCountsThenTheOutcome()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Stream");
        var rows = new List<string[]> { DelegationHeaders };
        rows.AddRange(Enumerable.Range(0, 1_200).Select(i => DelegationRow($"{marker} {i}", new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
        var job = await UploadAsync(officer, "delegations", "big.csv", ImportFiles.Csv(rows));
        await officer.PostAsync($"/api/imports/{job.Id}/check", null, Ct);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/imports/{job.Id}/commit");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ImportEndpoints.ProgressStream));
        using var response = await officer.SendAsync(request, Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(ImportEndpoints.ProgressStream, response.Content.Headers.ContentType?.MediaType);
        var progress = lines.Where(l => l.TryGetProperty("done", out _)).Select(l => (Done: l.GetProperty("done").GetInt32(), Total: l.GetProperty("total").GetInt32())).ToList();
        Assert.Equal([(500, 1_200), (1_000, 1_200), (1_200, 1_200)], progress);
        var outcome = lines[^1].GetProperty("outcome").Deserialize<ImportOutcome>(Json)!;
        Assert.Equal((true, 1_200), (outcome.Applied, outcome.Created));
        Assert.Equal(1_200, (await ListAsync(officer, marker)).Total);
    }

    [Fact]
    public async Task ANumberThatCouldBeReadTwoWays_IsRefused_WhateverTheReadersLanguage_ButACoordinateIsNot()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Gate");
        var trade = await UploadAsync(officer, "trade", "trade.csv", ImportFiles.Csv(
        [
            ["Period", "Period start", "Country", "Direction", "Value", "Currency", "Border gate"],
            ["Year", "2023-01-01", "China", "Export", "1.500", "USD", $"{marker} a"],
            ["Year", "2023-01-01", "China", "Import", "1.500.000", "USD", $"{marker} b"],
            ["Year", "2023-01-01", "China", "Import", "2,5", "USD", $"{marker} c"],
            ["Year", "2023-01-01", "China", "Import", new string('9', 500), "USD", $"{marker} d"],
        ]));
        var partners = await UploadAsync(officer, "partners", "partners.csv", ImportFiles.Csv(
        [
            ["Kind", "Name in English", "Country", "Latitude", "Longitude"],
            ["Foreign city", TestData.Unique("Gyeongju"), "KR", "35.856", "129.225"],
        ]));

        var tradeCheck = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{trade.Id}/check", null, Ct));
        var partnerCheck = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{partners.Id}/check", null, Ct));

        Assert.Contains(tradeCheck.Errors, e => e is { Row: 2, Column: "Value" } && e.Message.Contains("could be read two ways", StringComparison.Ordinal));
        Assert.DoesNotContain(tradeCheck.Errors, e => e.Row is 3 or 4);
        var huge = Assert.Single(tradeCheck.Errors, e => e.Row == 5);
        Assert.True(huge.Message.Length < 120, huge.Message); // the cell is quoted in part, not whole
        Assert.Equal((1, 0), (partnerCheck.Created, partnerCheck.ErrorCount));
    }

    [Fact]
    public async Task ImportPressedTwiceAtOnce_RunsOnce()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Twice");
        var rows = new List<string[]> { DelegationHeaders };
        rows.AddRange(Enumerable.Range(0, 600).Select(i => DelegationRow($"{marker} {i}")));
        var job = await UploadAsync(officer, "delegations", "twice.csv", ImportFiles.Csv(rows));
        await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/check", null, Ct));

        var answers = await Task.WhenAll(officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct), officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct));
        var remap = await PutJsonAsync(officer, $"/api/imports/{job.Id}/mapping", new ImportMappingInput { Columns = new() { ["title"] = 1 } });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        Assert.Equal(600, (await ListAsync(officer, marker)).Total);
        Assert.Equal(HttpStatusCode.Conflict, remap.StatusCode);
        Assert.Equal(ImportJobStatus.Imported, (await ReadAsync<ImportView>(await officer.GetAsync($"/api/imports/{job.Id}", Ct))).Status);
    }

    [Fact]
    public async Task AnImport_BelongsToItsProvince_AndNeedsAnAccountThatMayChangeRecords()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var other = await App.SignInNewUserAsync("lai-chau");
        var viewer = await App.SignInNewUserAsync("son-la", Roles.Viewer);
        var job = await UploadAsync(officer, "delegations", "mine.csv", ImportFiles.Csv([DelegationHeaders, DelegationRow(TestData.Unique("Mine"))]));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/imports/{job.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/imports/{job.Id}/check", null, Ct)).StatusCode);
        Assert.DoesNotContain((await ReadAsync<Paged<ImportJobRow>>(await other.GetAsync("/api/imports", Ct))).Items, j => j.Id == job.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/imports", Ct)).StatusCode);
    }

    [Fact]
    public async Task AFileThatIsNotASpreadsheet_IsRefusedWithAReason()
    {
        var officer = await App.SignInNewUserAsync("son-la");

        var pdf = await ValidationErrorsAsync(await PostFileAsync(officer, "delegations", "notes.pdf", [1, 2, 3]));
        var broken = await ValidationErrorsAsync(await PostFileAsync(officer, "delegations", "broken.xlsx", "not a zip"u8.ToArray()));
        var unknown = await ValidationErrorsAsync(await PostFileAsync(officer, "weather", "x.csv", ImportFiles.Csv([DelegationHeaders])));

        Assert.Contains(".xlsx", pdf["file"][0], StringComparison.Ordinal);
        Assert.Contains("can't be read as an Excel workbook", broken["file"][0], StringComparison.Ordinal);
        Assert.Contains("Choose what the file holds", unknown["recordType"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATextWithMarkup_IsImportedAsText()
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Markup");
        await ImportAsync(officer, "delegations", ImportFiles.Csv([DelegationHeaders, DelegationRow($"{marker} <script>alert(1)</script>")]));

        var page = await officer.GetStringAsync($"/delegations?q={Uri.EscapeDataString(marker)}", Ct);

        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
    }

    protected static async Task<ImportView> UploadAsync(HttpClient client, string type, string fileName, byte[] file, int? templateId = null)
    {
        var response = await PostFileAsync(client, type, fileName, file, templateId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync<ImportView>(response);
    }

    protected static Task<HttpResponseMessage> PostFileAsync(HttpClient client, string type, string fileName, byte[] file, int? templateId = null)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "file", fileName },
            { new StringContent(type), "recordType" },
        };
        if (templateId is { } id)
        {
            form.Add(new StringContent(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "templateId");
        }

        return client.PostAsync("/api/imports", form, Ct);
    }

    /// <summary>Uploads, checks and imports a file whose headers map themselves; fails the test on any error.</summary>
    protected static async Task<ImportOutcome> ImportAsync(HttpClient client, string type, byte[] file, string fileName = "file.csv")
    {
        var job = await UploadAsync(client, type, fileName, file);
        var check = await ReadAsync<ImportOutcome>(await client.PostAsync($"/api/imports/{job.Id}/check", null, Ct));
        Assert.True(check.ErrorCount == 0, string.Join("; ", check.Errors.Select(e => $"row {e.Row} {e.Column}: {e.Message}")));
        return await ReadAsync<ImportOutcome>(await client.PostAsync($"/api/imports/{job.Id}/commit", null, Ct));
    }

    private static async Task<Paged<DelegationRow>> ListAsync(HttpClient client, string marker) =>
        await ReadAsync<Paged<DelegationRow>>(await client.GetAsync($"/api/delegations?q={Uri.EscapeDataString(marker)}&pageSize=200", Ct));
}

public sealed class ImportApiTests_Sqlite(SqliteApp app) : ImportApiTests(app);

public sealed class ImportApiTests_Postgres(PostgresApp app) : ImportApiTests(app);
