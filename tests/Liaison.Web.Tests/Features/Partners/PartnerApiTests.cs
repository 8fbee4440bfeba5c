using System.Net;
using System.Text;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Partners;

public abstract class PartnerApiTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task Create_ValidPartner_IsStoredExactlyAsTypedAndListed()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var input = TestData.Partner(TestData.Unique("Mường Tè ماء"));
        input.Notes = "Ghi chú tiếng Việt: Điện Biên; ملاحظة بالعربية: مقاطعة يونان";

        var created = await TestData.CreatePartnerAsync(client, input);

        var fetched = await ReadAsync<PartnerDetails>(await client.GetAsync($"/api/partners/{created.Id}", Ct));
        Assert.Equal(input.NameEn, fetched.NameEn);
        Assert.Equal("云南省", fetched.NativeName);
        Assert.Equal(input.Notes, fetched.Notes);
        Assert.Equal("Liu Yong", Assert.Single(fetched.Contacts).Name);
        Assert.Equal(1, fetched.Version);

        var list = await ReadAsync<Paged<PartnerRow>>(await client.GetAsync($"/api/partners?q={Uri.EscapeDataString(input.NameEn!)}", Ct));
        Assert.Equal(created.Id, Assert.Single(list.Items).Id);
    }

    [Fact]
    public async Task List_TextWithoutDiacritics_FindsVietnameseName()
    {
        var client = await App.SignInNewUserAsync("lao-cai");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var created = await TestData.CreatePartnerAsync(client, TestData.Partner($"Điện Biên Phủ {marker}"));

        var list = await ReadAsync<Paged<PartnerRow>>(await client.GetAsync($"/api/partners?q=dien%20bien%20phu%20{marker}", Ct));

        Assert.Equal(created.Id, Assert.Single(list.Items).Id);
    }

    [Fact]
    public async Task List_FiltersByKindAndCountry_AndSortsByName()
    {
        var client = await App.SignInNewUserAsync("son-la");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var b = TestData.Partner($"B {marker}", "KR");
        var a = TestData.Partner($"A {marker}", "KR");
        var other = TestData.Partner($"C {marker}", "JP");
        other.Kind = PartnerKind.Media;
        foreach (var p in new[] { b, a, other })
        {
            await TestData.CreatePartnerAsync(client, p);
        }

        var korea = await ReadAsync<Paged<PartnerRow>>(await client.GetAsync($"/api/partners?q={marker}&country=KR&sort=name", Ct));
        Assert.Equal([a.NameEn, b.NameEn], korea.Items.Select(p => p.NameEn));

        var media = await ReadAsync<Paged<PartnerRow>>(await client.GetAsync($"/api/partners?q={marker}&kind=Media", Ct));
        Assert.Equal(other.NameEn, Assert.Single(media.Items).NameEn);

        var descending = await ReadAsync<Paged<PartnerRow>>(await client.GetAsync($"/api/partners?q={marker}&sort=name&desc=true&pageSize=2&page=1", Ct));
        Assert.Equal(3, descending.Total);
        Assert.Equal([other.NameEn, b.NameEn], descending.Items.Select(p => p.NameEn));
    }

    [Fact]
    public async Task Create_MissingRequiredFields_Returns400WithFieldErrorsAndStoresNothing()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var before = await ReadAsync<Paged<PartnerRow>>(await client.GetAsync("/api/partners?pageSize=1", Ct));

        var errors = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/partners", new { nameEn = " ", contacts = Array.Empty<object>() }));

        Assert.Contains("nameEn", errors.Keys);
        Assert.Contains("kind", errors.Keys);
        Assert.Contains("countryCode", errors.Keys);
        var after = await ReadAsync<Paged<PartnerRow>>(await client.GetAsync("/api/partners?pageSize=1", Ct));
        Assert.Equal(before.Total, after.Total);
    }

    [Fact]
    public async Task Create_UnknownCountryTooLongNameAndBadContactDates_AreRefused()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var input = TestData.Partner(new string('x', 301), "XX");
        input.Contacts = [new ContactInput { Name = "A", Since = new DateOnly(2024, 1, 1), Until = new DateOnly(2023, 1, 1) }];

        var errors = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/partners", input));

        Assert.Contains("is not an ISO 3166-1 country code", errors["countryCode"][0], StringComparison.Ordinal);
        Assert.Contains("300 characters", errors["nameEn"][0], StringComparison.Ordinal);
        Assert.Contains("contacts[0].until", errors.Keys);
    }

    [Fact]
    public async Task ASeat_IsKeptWithBothCoordinatesInRange_AndRefusedOtherwise()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var halfSeat = TestData.Partner(TestData.Unique("Half a seat"), "KR");
        halfSeat.Latitude = 36.59;
        var offTheGlobe = TestData.Partner(TestData.Unique("Off the globe"), "KR");
        (offTheGlobe.Latitude, offTheGlobe.Longitude) = (95, 200);
        var placed = TestData.Partner(TestData.Unique("Mungyeong"), "KR");
        (placed.Latitude, placed.Longitude) = (36.59, 128.19);

        var half = await PostJsonAsync(client, "/api/partners", halfSeat);
        var off = await ValidationErrorsAsync(await PostJsonAsync(client, "/api/partners", offTheGlobe));
        var created = await ReadAsync<PartnerDetails>(await PostJsonAsync(client, "/api/partners", placed));

        Assert.Contains("both the latitude and the longitude", (await ValidationErrorsAsync(half))["longitude"][0], StringComparison.Ordinal);
        Assert.Contains("between -90", off["latitude"][0], StringComparison.Ordinal);
        Assert.Contains("between -180", off["longitude"][0], StringComparison.Ordinal);
        Assert.Equal(0, (await ReadAsync<Paged<PartnerRow>>(await client.GetAsync($"/api/partners?q={Uri.EscapeDataString(halfSeat.NameEn!)}", Ct))).Total);
        Assert.Equal((36.59, 128.19), (created.Latitude, created.Longitude));
        var csv = await client.GetStringAsync($"/api/partners/export.csv?q={Uri.EscapeDataString(placed.NameEn!)}", Ct);
        Assert.EndsWith(",36.59,128.19", csv.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MalformedJson_Returns400()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        using var content = new StringContent("{\"nameEn\": \"Broken", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/partners", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_UnknownEnumValue_Returns400()
    {
        var client = await App.SignInNewUserAsync("lai-chau");

        var response = await PostJsonAsync(client, "/api/partners", new { kind = "Spaceship", nameEn = "X", countryCode = "CN" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_MissingPartner_Returns404()
    {
        var client = await App.SignInNewUserAsync("lai-chau");

        await ProblemDetailAsync(await client.GetAsync("/api/partners/987654", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnotherProvincesPartner_Is404ForGetUpdateArchiveAndInvisibleInLists()
    {
        var laiChau = await App.SignInNewUserAsync("lai-chau");
        var tayNinh = await App.SignInNewUserAsync("tay-ninh");
        var partner = await TestData.CreatePartnerAsync(laiChau);

        Assert.Equal(HttpStatusCode.NotFound, (await tayNinh.GetAsync($"/api/partners/{partner.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutJsonAsync(tayNinh, $"/api/partners/{partner.Id}", TestData.Partner())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tayNinh.PostAsync($"/api/partners/{partner.Id}/archive", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tayNinh.GetAsync($"/api/partners/{partner.Id}/timeline", Ct)).StatusCode);
        var list = await ReadAsync<Paged<PartnerRow>>(await tayNinh.GetAsync($"/api/partners?q={Uri.EscapeDataString(partner.NameEn)}", Ct));
        Assert.Empty(list.Items);

        // and it is untouched
        var still = await ReadAsync<PartnerDetails>(await laiChau.GetAsync($"/api/partners/{partner.Id}", Ct));
        Assert.Equal(partner.NameEn, still.NameEn);
        Assert.False(still.IsArchived);
    }

    [Fact]
    public async Task MinistryReader_ReadsEveryProvinceButChangesNothing()
    {
        var laiChau = await App.SignInNewUserAsync("lai-chau");
        var ministry = await App.SignInNewUserAsync("lai-chau", Roles.MinistryReader);
        var partner = await TestData.CreatePartnerAsync(laiChau);

        var read = await ReadAsync<PartnerDetails>(await ministry.GetAsync($"/api/partners/{partner.Id}", Ct));
        Assert.Equal(partner.NameEn, read.NameEn);
        await ProblemDetailAsync(await PostJsonAsync(ministry, "/api/partners", TestData.Partner()), HttpStatusCode.Forbidden);
        await ProblemDetailAsync(await ministry.PostAsync($"/api/partners/{partner.Id}/archive", null, Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Update_WithStaleVersion_Returns409WithWhatTheOtherPersonChanged_AndLosesNothing()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var colleague = await App.SignInNewUserAsync("lai-chau");
        var partner = await TestData.CreatePartnerAsync(client);
        var first = partner.ToInput();
        first.NameEn = partner.NameEn + " (first)";
        var second = partner.ToInput();
        second.NameEn = partner.NameEn + " (second)";
        second.Notes = "Second person's note";

        var ok = await ReadAsync<PartnerDetails>(await PutJsonAsync(colleague, $"/api/partners/{partner.Id}", first));
        Assert.Equal(2, ok.Version);
        var response = await PutJsonAsync(client, $"/api/partners/{partner.Id}", second);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal(2, problem.RootElement.GetProperty("currentVersion").GetInt32());
        var differences = problem.RootElement.GetProperty("differences").EnumerateArray()
            .ToDictionary(d => d.GetProperty("field").GetString()!, d => (d.GetProperty("saved").GetString(), d.GetProperty("yours").GetString()));
        Assert.Equal((first.NameEn, second.NameEn), differences["NameEn"]);
        Assert.Equal((null, "Second person's note"), differences["Notes"]);
        Assert.Equal(first.NameEn, (await ReadAsync<PartnerDetails>(await client.GetAsync($"/api/partners/{partner.Id}", Ct))).NameEn);

        // Having seen the other change, the second person re-applies theirs on the current version.
        second.Version = 2;
        var reapplied = await ReadAsync<PartnerDetails>(await PutJsonAsync(client, $"/api/partners/{partner.Id}", second));
        Assert.Equal((second.NameEn, 3), (reapplied.NameEn, reapplied.Version));
        var history = await ReadAsync<List<Liaison.Web.Features.Audit.HistoryItem>>(await client.GetAsync($"/api/partners/{partner.Id}/history", Ct));
        Assert.Contains(history, h => h.Changes.Any(c => c.Field == "NameEn" && c.After == first.NameEn)); // the first edit is in the history, not lost
    }

    [Fact]
    public async Task Update_ParentLoop_IsRefused()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var yunnan = await TestData.CreatePartnerAsync(client);
        var honghe = TestData.Partner();
        honghe.ParentId = yunnan.Id;
        var child = await TestData.CreatePartnerAsync(client, honghe);
        Assert.Equal(yunnan.Id, child.ParentId);

        var loop = yunnan.ToInput();
        loop.ParentId = child.Id;
        var errors = await ValidationErrorsAsync(await PutJsonAsync(client, $"/api/partners/{yunnan.Id}", loop));

        Assert.Contains("parentId", errors.Keys);
    }

    [Fact]
    public async Task ArchiveAndRestore_HideAndBringBackThePartner()
    {
        var client = await App.SignInNewUserAsync("lai-chau");
        var partner = await TestData.CreatePartnerAsync(client);
        var query = $"/api/partners?q={Uri.EscapeDataString(partner.NameEn)}";

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/partners/{partner.Id}/archive", null, Ct)).StatusCode);
        Assert.Empty((await ReadAsync<Paged<PartnerRow>>(await client.GetAsync(query, Ct))).Items);
        Assert.Single((await ReadAsync<Paged<PartnerRow>>(await client.GetAsync(query + "&archived=true", Ct))).Items);
        Assert.True((await ReadAsync<PartnerDetails>(await client.GetAsync($"/api/partners/{partner.Id}", Ct))).IsArchived);
        Assert.Equal("The partner is already archived.", await ProblemDetailAsync(await client.PostAsync($"/api/partners/{partner.Id}/archive", null, Ct), HttpStatusCode.Conflict));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/partners/{partner.Id}/restore", null, Ct)).StatusCode);
        Assert.Single((await ReadAsync<Paged<PartnerRow>>(await client.GetAsync(query, Ct))).Items);
    }

    [Fact]
    public async Task Endpoints_WithoutSignIn_Return401()
    {
        var anonymous = App.Anonymous();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/partners", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/partners/1", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostJsonAsync(anonymous, "/api/partners", TestData.Partner())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/partners/1/archive", null, Ct)).StatusCode);
    }
}

public sealed class PartnerApiTests_Sqlite(SqliteApp app) : PartnerApiTests(app);

public sealed class PartnerApiTests_Postgres(PostgresApp app) : PartnerApiTests(app);
