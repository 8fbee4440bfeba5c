using System.Text.Json;
using Liaison.Web.Features.Import;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Import;

/// <summary>Each kind of record the import takes: a clean row goes in and shows in its list, and the same file again changes nothing.</summary>
public abstract class ImportRecordTypesTests(LiaisonApp app) : AppTests(app)
{
    public static TheoryData<string> Kinds => new("partners", "agreements", "activities", "aid", "investments", "trade");

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ACleanRow_IsImportedAndListed_AndTheSameFileAgainChangesNothing(string kind)
    {
        var officer = await App.SignInNewUserAsync("son-la");
        var marker = TestData.Unique("Kind");
        var partner = TestData.Unique("Partner");
        await TestData.CreatePartnerAsync(officer, TestData.Partner(partner, "KR"));
        var (list, rows) = kind switch
        {
            "partners" => ("/api/partners", new[]
            {
                new[] { "Kind", "Name in English", "Tên tiếng Việt", "Country", "Latitude", "Longitude" },
                ["Foreign province", $"{marker} Province", $"tỉnh {marker}", "Hàn Quốc", "37.5", "127.25"],
            }),
            "agreements" => ("/api/agreements", new[]
            {
                new[] { "Kind", "Title", "Partners", "Vietnamese party", "Fields", "Signed on", "Valid from", "Valid to", "Status" },
                ["Memorandum of understanding", $"{marker} MoU", partner, "Provincial People's Committee", "tourism", "2023-04-01", "2023-04-01", "2028-03-31", "In force"],
            }),
            "activities" => ("/api/activities", new[]
            {
                new[] { "Loại hoạt động", "Tên hoạt động", "Ngày bắt đầu", "Ngày kết thúc", "Số người tham gia", "Trạng thái" },
                ["Foreign press visit", $"{marker} press", "02/11/2022", "04/11/2022", "12", "Held"],
            }),
            "aid" => ("/api/aid", new[]
            {
                new[] { "Title", "Donor", "Form", "Start date", "Value", "Currency", "Sector", "Status" },
                [$"{marker} clinics", partner, "Project", "2021-01-01", "1,500,000", "USD", "12220", "Implementation"],
            }),
            "investments" => ("/api/investments", new[]
            {
                new[] { "Project", "Investor", "Sector", "Certificate number", "Certificate date", "Registered capital", "Currency" },
                [$"{marker} plant", partner, "Manufacturing", marker, "2019-08-15", "25000000", "USD"],
            }),
            _ => ("/api/trade", new[]
            {
                new[] { "المعبر", "الفترة", "بداية الفترة", "الدولة", "الاتجاه", "القيمة", "العملة" },
                [marker, "Year", "2023-01-01", "China", "Export", "1234567.5", "USD"],
            }),
        };

        var job = await UploadAsync(officer, kind, ImportFiles.Csv(rows));
        var first = await CheckAsync(officer, job.Id);
        var done = await ReadAsync<ImportOutcome>(await officer.PostAsync($"/api/imports/{job.Id}/commit", null, Ct));
        var again = await CheckAsync(officer, (await UploadAsync(officer, kind, ImportFiles.Csv(rows))).Id);

        Assert.Equal(rows[0].Length, job.Mapping.Count);
        Assert.True(first.ErrorCount == 0, string.Join("; ", first.Errors.Select(e => $"{e.Column}: {e.Message}")));
        Assert.Equal((true, 1), (done.Applied, done.Created));
        Assert.Equal(1, await TotalAsync(officer, $"{list}?q={Uri.EscapeDataString(marker)}"));
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
    }

    private static async Task<ImportView> UploadAsync(HttpClient client, string kind, byte[] file)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "rows.csv" }, { new StringContent(kind), "recordType" } };
        return await ReadAsync<ImportView>(await client.PostAsync("/api/imports", form, Ct));
    }

    private static async Task<ImportOutcome> CheckAsync(HttpClient client, int id) =>
        await ReadAsync<ImportOutcome>(await client.PostAsync($"/api/imports/{id}/check", null, Ct));

    /// <summary>A list's total, whether the list answers a page or a page with totals beside it.</summary>
    private static async Task<int> TotalAsync(HttpClient client, string url)
    {
        using var doc = JsonDocument.Parse(await ReadAsync<JsonElement>(await client.GetAsync(url, Ct)) is var e ? e.GetRawText() : "{}");
        return doc.RootElement.TryGetProperty("total", out var total) ? total.GetInt32() : doc.RootElement.GetProperty("page").GetProperty("total").GetInt32();
    }
}

public sealed class ImportRecordTypesTests_Sqlite(SqliteApp app) : ImportRecordTypesTests(app);

public sealed class ImportRecordTypesTests_Postgres(PostgresApp app) : ImportRecordTypesTests(app);
