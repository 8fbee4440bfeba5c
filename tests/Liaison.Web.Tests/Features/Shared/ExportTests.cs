using System.Net;
using System.Text;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Shared;

public abstract class ExportTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task DelegationExport_HasTheFilteredRowsInOrder_AsUtf8CsvWithBom()
    {
        var client = await App.SignInNewUserAsync("quang-ninh");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var first = TestData.Delegation($"Đoàn Vân Nam, \"thăm\" {marker}");
        first.StartDate = new DateOnly(2024, 3, 1);
        first.EndDate = new DateOnly(2024, 3, 2);
        var second = TestData.Delegation($"Oudomxay {marker}");
        var other = TestData.Delegation($"Other {marker}");
        other.Direction = Liaison.Web.Features.Delegations.DelegationDirection.Outbound;
        foreach (var d in new[] { first, second, other })
        {
            await TestData.CreateDelegationAsync(client, d);
        }

        var response = await client.GetAsync($"/api/delegations/export.csv?q={marker}&direction=Inbound&sort=start", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("id,direction,title,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"\"Đoàn Vân Nam, \"\"thăm\"\" {marker}\"", lines[1], StringComparison.Ordinal);
        Assert.Contains($"Oudomxay {marker}", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OfAFormulaLikeValue_IsNeutralised_AndOtherProvincesAreLeftOut()
    {
        var client = await App.SignInNewUserAsync("quang-ninh");
        var other = await App.SignInNewUserAsync("quang-tri");
        var marker = Guid.NewGuid().ToString("N")[..8];
        await TestData.CreatePartnerAsync(client, TestData.Partner($"=HYPERLINK(\"x\") {marker}"));
        await TestData.CreatePartnerAsync(other, TestData.Partner($"Hidden {marker}"));

        var csv = await client.GetStringAsync($"/api/partners/export.csv?q={marker}", Ct);

        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain($"Hidden {marker}", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/partners/export.csv")]
    [InlineData("/api/delegations/export.csv")]
    [InlineData("/api/agreements/export.csv")]
    [InlineData("/api/activities/export.csv")]
    public async Task Exports_AnswerSignedInUsers_AndNobodyElse(string url)
    {
        var client = await App.SignInNewUserAsync("quang-ninh");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync(url, Ct)).StatusCode);
    }
}

public sealed class ExportTests_Sqlite(SqliteApp app) : ExportTests(app);

public sealed class ExportTests_Postgres(PostgresApp app) : ExportTests(app);
