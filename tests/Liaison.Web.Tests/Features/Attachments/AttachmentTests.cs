using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Attachments;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Attachments;

public abstract partial class AttachmentTests(LiaisonApp app) : AppTests(app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public async Task APdf_IsKeptWithTheRecord_AndDownloadsAsTheSameBytes()
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var agreement = await NewAgreementAsync(client);

        var created = await ReadAsync<AttachmentView>(await UploadAsync(client, $"/api/agreements/{agreement}/attachments", Pdf, "Biên bản ký kết Svay Rieng.pdf", "Signed copy"));
        var list = await ReadAsync<List<AttachmentView>>(await client.GetAsync($"/api/agreements/{agreement}/attachments", Ct));
        var download = await client.GetAsync($"/api/attachments/{created.Id}/content", Ct);

        Assert.Equal("application/pdf", created.ContentType);
        Assert.Equal(created.Id, Assert.Single(list).Id);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("Biên bản ký kết Svay Rieng.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordDocument_IsRecognisedByItsContent()
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var agreement = await NewAgreementAsync(client);

        var created = await ReadAsync<AttachmentView>(await UploadAsync(client, $"/api/agreements/{agreement}/attachments", Docx(), "minutes.docx"));
        var asExcel = await ValidationErrorsAsync(await UploadAsync(client, $"/api/agreements/{agreement}/attachments", Docx(), "minutes.xlsx"));

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", created.ContentType);
        Assert.Contains("does not match its name", asExcel["file"][0], StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { "not really a pdf", "decision.pdf", "can't be attached" },
        { "MZ\u0090\u0000 an executable", "decision.pdf", "can't be attached" },
        { "%PDF-1.4 fine content", "../../etc/passwd.pdf", "folder separators" },
        { "%PDF-1.4 fine content", "report\u202Efdp.exe", "invisible or direction-changing" },
        { "%PDF-1.4 fine content", "script.html", "does not match its name" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task AFileThatIsNotWhatItSays_IsRefused_AndNothingIsKept(string content, string name, string expected)
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var agreement = await NewAgreementAsync(client);

        var errors = await ValidationErrorsAsync(await UploadAsync(client, $"/api/agreements/{agreement}/attachments", Encoding.UTF8.GetBytes(content), name));

        Assert.Contains(expected, errors["file"][0], StringComparison.Ordinal);
        Assert.Empty(await ReadAsync<List<AttachmentView>>(await client.GetAsync($"/api/agreements/{agreement}/attachments", Ct)));
    }

    [Fact]
    public async Task AFileOverTheLimit_OrNoFile_IsRefused()
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var agreement = await NewAgreementAsync(client);
        var big = new byte[(1024 * 1024) + 10];
        Pdf.CopyTo(big, 0);

        var tooBig = await ValidationErrorsAsync(await UploadAsync(client, $"/api/agreements/{agreement}/attachments", big, "big.pdf"));
        var empty = await ValidationErrorsAsync(await UploadAsync(client, $"/api/agreements/{agreement}/attachments", [], "empty.pdf"));

        Assert.Contains("larger than", tooBig["file"][0], StringComparison.Ordinal);
        Assert.Contains("Choose a file", empty["file"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherProvince_CanNotListUploadOrDownload_AndAViewerCanOnlyRead()
    {
        var officer = await App.SignInNewUserAsync("tay-ninh");
        var other = await App.SignInNewUserAsync("an-giang");
        var viewer = await App.SignInNewUserAsync("tay-ninh", Roles.Viewer);
        var contributor = await App.SignInNewUserAsync("tay-ninh", Roles.UnitContributor);
        var agreement = await NewAgreementAsync(officer);
        var file = await ReadAsync<AttachmentView>(await UploadAsync(officer, $"/api/agreements/{agreement}/attachments", Pdf, "copy.pdf"));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/agreements/{agreement}/attachments", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(other, $"/api/agreements/{agreement}/attachments", Pdf, "x.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/attachments/{file.Id}/content", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/attachments/{file.Id}/content", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(viewer, $"/api/agreements/{agreement}/attachments", Pdf, "x.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(contributor, $"/api/agreements/{agreement}/attachments", Pdf, "x.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Anonymous().GetAsync($"/api/attachments/{file.Id}/content", Ct)).StatusCode);
    }

    [Fact]
    public async Task TheRecordPage_AttachesWithItsForm_AndRefusesAPostWithoutTheToken()
    {
        var client = await App.SignInNewUserAsync("tay-ninh");
        var agreement = await NewAgreementAsync(client);
        var page = await (await client.GetAsync($"/agreements/{agreement}", Ct)).Content.ReadAsStringAsync(Ct);
        var token = Token().Match(page).Groups[1].Value;

        using var form = Multipart(Pdf, "signed.pdf");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var posted = await client.PostAsync($"/records/agreements/{agreement}/attachments", form, Ct);
        using var forged = Multipart(Pdf, "forged.pdf");
        var refused = await client.PostAsync($"/records/agreements/{agreement}/attachments", forged, Ct);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("uploaded=1", posted.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var after = WebUtility.HtmlDecode(await (await client.GetAsync($"/agreements/{agreement}?uploaded=1", Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("signed.pdf", after, StringComparison.Ordinal);
        Assert.DoesNotContain("forged.pdf", after, StringComparison.Ordinal);
    }

    private static async Task<int> NewAgreementAsync(HttpClient client)
    {
        var partner = await TestData.CreatePartnerAsync(client);
        return (await TestData.CreateAgreementAsync(client, TestData.Agreement(partner.Id))).Id;
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] content, string name, string? description = null)
    {
        var form = Multipart(content, name);
        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        return client.PostAsync(url, form, Ct);
    }

    private static MultipartFormDataContent Multipart(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }

        return stream.ToArray();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class AttachmentTests_Sqlite(SqliteApp app) : AttachmentTests(app);

public sealed class AttachmentTests_Postgres(PostgresApp app) : AttachmentTests(app);
