using System.Net;
using System.Text;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Security;

/// <summary>
/// Hostile input against every kind of record, in Latin, Vietnamese and Arabic text: markup is stored as
/// typed and shown as text; SQL in filters is only text; hidden characters, over-long and huge bodies
/// are refused with a clear message; and none of it changes what is stored.
/// </summary>
public abstract class AttackTests(LiaisonApp app) : AppTests(app)
{
    public static TheoryData<string> Markup =>
    [
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "Đoàn <svg onload=alert(1)> Điện Biên",
        "وفد <iframe src=javascript:alert(1)></iframe> لاي تشاو",
        "javascript:alert(document.cookie)",
        "{{constructor.constructor('alert(1)')()}}",
    ];

    [Theory]
    [MemberData(nameof(Markup))]
    public async Task MarkupInEveryTextField_IsStoredAsTyped_AndShownAsText(string payload)
    {
        var client = await App.SignInNewUserAsync("quang-tri");
        var partner = TestData.Partner(payload + " " + Guid.NewGuid().ToString("N")[..6]);
        partner.NameVi = payload;
        partner.NativeName = payload;
        partner.Notes = payload;
        partner.Contacts = [new ContactInput { Name = payload, Title = payload }];
        var p = await TestData.CreatePartnerAsync(client, partner);
        var delegation = TestData.Delegation(payload, [p.Id]);
        delegation.PurposeDetail = delegation.HeadName = delegation.HeadTitle = delegation.HostUnit = delegation.Outcome = payload;
        var d = await TestData.CreateDelegationAsync(client, delegation);
        var agreement = TestData.Agreement(p.Id, payload);
        agreement.Summary = agreement.SignedPlace = agreement.SignerName = payload;
        agreement.Commitments[0].Description = payload;
        var a = await TestData.CreateAgreementAsync(client, agreement);

        Assert.Equal(payload, (await ReadAsync<PartnerDetails>(await client.GetAsync($"/api/partners/{p.Id}", Ct))).Notes);
        foreach (var url in new[] { $"/partners/{p.Id}", $"/delegations/{d.Id}", $"/agreements/{a.Id}", "/partners", "/delegations", "/agreements", $"/partners/{p.Id}/edit", $"/records/partners/{p.Id}/history" })
        {
            var html = await (await client.GetAsync(url, Ct)).Content.ReadAsStringAsync(Ct);
            foreach (var tag in new[] { "<script>alert", "<img src=x", "<svg onload", "<iframe src" })
            {
                Assert.DoesNotContain(tag, html, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    public static TheoryData<string> Injection =>
    [
        "' OR '1'='1",
        "'; DROP TABLE \"Partners\"; --",
        "\" OR 1=1 --",
        "%' UNION SELECT \"PasswordHash\" FROM \"AspNetUsers\" --",
        "\\'; SELECT pg_sleep(5); --",
    ];

    [Theory]
    [MemberData(nameof(Injection))]
    public async Task SqlInFiltersAndSorting_IsJustText(string payload)
    {
        var client = await App.SignInNewUserAsync("quang-tri");
        await TestData.CreatePartnerAsync(client);
        var before = (await ReadAsync<Paged<PartnerRow>>(await client.GetAsync("/api/partners?pageSize=1", Ct))).Total;
        var q = Uri.EscapeDataString(payload);

        foreach (var url in new[]
        {
            $"/api/partners?q={q}", $"/api/partners?country={q}", $"/api/partners?sort={q}", $"/api/delegations?q={q}&country={q}",
            $"/api/agreements?field={q}&q={q}", $"/api/activities?q={q}&sort={q}", $"/partners?q={q}&sort={q}", $"/delegations?country={q}",
        })
        {
            var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("AQAAAA", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal); // no password hash leaked
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/partners?kind={q}", Ct)).StatusCode);
        Assert.Equal(before, (await ReadAsync<Paged<PartnerRow>>(await client.GetAsync("/api/partners?pageSize=1", Ct))).Total);
    }

    [Theory]
    [InlineData("Invoice\u202Efdp.exe")]
    [InlineData("Yunnan\u200BProvince")]
    [InlineData("Lai Chau\u2066hidden\u2069")]
    [InlineData("null\u0000byte")]
    public async Task HiddenCharacters_AreRefused_AndNothingIsStored(string name)
    {
        var client = await App.SignInNewUserAsync("quang-tri");
        var marker = Guid.NewGuid().ToString("N")[..8];

        var errors = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/partners", TestData.Partner($"{name} {marker}")));

        Assert.Contains("invisible or direction-changing", errors["nameEn"][0], StringComparison.Ordinal);
        Assert.Equal(0, (await ReadAsync<Paged<PartnerRow>>(await client.GetAsync($"/api/partners?q={marker}", Ct))).Total);
    }

    [Fact]
    public async Task ArabicAndVietnameseWithTheirOwnMarks_AreAccepted()
    {
        var client = await App.SignInNewUserAsync("quang-tri");
        var name = "مقاطعة\u200Fيونان — tỉnh Vân Nam " + Guid.NewGuid().ToString("N")[..6]; // right-to-left mark is legitimate

        var created = await TestData.CreatePartnerAsync(client, TestData.Partner(name));

        Assert.Equal(name, created.NameEn);
    }

    [Fact]
    public async Task AHugeJsonBody_IsRefusedWith413()
    {
        var client = await App.SignInNewUserAsync("quang-tri");
        var body = "{\"nameEn\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        var response = await client.PostAsync("/api/partners", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"kind\": 3, \"nameEn\": \"A\", \"countryCode\": \"CN\"}")]
    [InlineData("{\"nameEn\": {\"$ne\": null}}")]
    [InlineData("{\"contacts\": \"not a list\"}")]
    [InlineData("\u0000\u0001")]
    public async Task MalformedJson_IsA400AndChangesNothing(string body)
    {
        var client = await App.SignInNewUserAsync("quang-tri");
        var before = (await ReadAsync<Paged<PartnerRow>>(await client.GetAsync("/api/partners?pageSize=1", Ct))).Total;

        var response = await client.PostAsync("/api/partners", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await ReadAsync<Paged<PartnerRow>>(await client.GetAsync("/api/partners?pageSize=1", Ct))).Total);
    }
}

public sealed class AttackTests_Sqlite(SqliteApp app) : AttackTests(app);

public sealed class AttackTests_Postgres(PostgresApp app) : AttackTests(app);
