using System.Net;
using Liaison.Web.Features.Deadlines;
using Liaison.Web.Features.Ngos;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Reports;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.Ngos;

/// <summary>Foreign NGOs: the certificate's expiry and a late yearly report reach the due list, and leave it when the certificate is renewed or the report comes.</summary>
public abstract class ForeignNgoApiTests(LiaisonApp app) : AppTests(app)
{
    private const string Province = "khanh-hoa";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

    [Fact]
    public async Task ACertificateAboutToExpire_IsDueBeforeIt_AndARenewalTakesTheAlertAway()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var input = await NgoAsync(officer, Today.AddYears(-2), Today.AddDays(30));
        var created = await ReadAsync<ForeignNgoDetails>(await PostJsonAsync(officer, "/api/ngos", input));

        var alert = Assert.Single(await DueAsync(officer, created.Id), i => i.Item.What.StartsWith("Remind the foreign NGO to renew", StringComparison.Ordinal));
        Assert.Equal((Today.AddDays(30), Today.AddDays(-30), DueWhen.Overdue), (alert.Item.AnchorDate, alert.Item.DueDate, alert.Section));
        Assert.Contains(created.Id, (await ReadAsync<Paged<ForeignNgoRow>>(await officer.GetAsync("/api/ngos?expiringWithin=60&pageSize=200", Ct))).Items.Select(n => n.Id));

        // Renewed for three years: the alert for the old expiry is gone, the new one is far off.
        var renewal = created.ToInput();
        renewal.CertificateNumber = "125/GĐK-BNG (renewed)";
        renewal.ValidTo = Today.AddYears(3);
        await ReadAsync<ForeignNgoDetails>(await PutJsonAsync(officer, $"/api/ngos/{created.Id}", renewal));

        Assert.DoesNotContain(await DueAsync(officer, created.Id), i => i.Item.What.StartsWith("Remind the foreign NGO to renew", StringComparison.Ordinal));
        Assert.DoesNotContain(created.Id, (await ReadAsync<Paged<ForeignNgoRow>>(await officer.GetAsync("/api/ngos?expiringWithin=60&pageSize=200", Ct))).Items.Select(n => n.Id));
    }

    [Fact]
    public async Task AYearlyReport_IsLateUntilItIsReceived()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var lastYear = Today.Year - 1;
        var input = await NgoAsync(officer, new DateOnly(lastYear - 1, 3, 1), new DateOnly(Today.Year + 2, 2, 28));
        input.Reports = [new NgoReportInput { Year = lastYear - 1, ReceivedOn = new DateOnly(lastYear, 1, 10) }];
        var created = await ReadAsync<ForeignNgoDetails>(await PostJsonAsync(officer, "/api/ngos", input));

        // The year before last came in; last year's is owed, due 15 days after the year ended, and late by now.
        Assert.Equal([lastYear - 1, lastYear], created.Reports.Select(r => r.Year));
        var owed = created.Reports[1];
        Assert.Equal((null, new DateOnly(Today.Year, 1, 15), true), (owed.ReceivedOn, owed.DueOn, owed.IsLate));
        var reports = (await DueAsync(officer, created.Id)).Where(i => i.Item.What.StartsWith("Yearly report of the foreign NGO", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [(new DateOnly(lastYear, 12, 31), DueWhen.Overdue), (new DateOnly(Today.Year, 12, 31), DueWhen.Later)],
            reports.Select(i => (i.Item.AnchorDate, i.Section)).Order());

        var received = created.ToInput();
        received.Reports.Add(new NgoReportInput { Year = lastYear, ReceivedOn = Today });
        var updated = await ReadAsync<ForeignNgoDetails>(await PutJsonAsync(officer, $"/api/ngos/{created.Id}", received));

        Assert.False(updated.Reports.Single(r => r.Year == lastYear).IsLate);
        Assert.DoesNotContain(await DueAsync(officer, created.Id), i => i.Item.What.StartsWith("Yearly report of the foreign NGO", StringComparison.Ordinal) && i.Item.AnchorDate.Year == lastYear);
    }

    [Fact]
    public async Task BadInput_IsRefusedField_ByField_AndNothingIsWritten()
    {
        var officer = await App.SignInNewUserAsync(Province);
        var province = await ReadAsync<PartnerDetails>(await PostJsonAsync(officer, "/api/partners", TestData.Partner()));
        var input = await NgoAsync(officer, new DateOnly(2024, 1, 1), new DateOnly(2023, 1, 1));
        input.Reports = [new() { Year = 2030 }, new() { Year = 2030 }];
        var errors = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/ngos", input));
        Assert.Equal(["reports[0].year", "reports[1].year", "validTo"], errors.Keys.Order(StringComparer.Ordinal));

        input = await NgoAsync(officer, new DateOnly(2024, 1, 1), new DateOnly(2027, 1, 1));
        input.PartnerId = province.Id; // a foreign province, not an NGO
        input.Projects = [new() { Name = "Clean water for border communes", AidProjectId = 999_999 }];
        input.Reports = [new() { Year = 2024, ReceivedOn = Today.AddDays(3) }];
        errors = await ValidationErrorsAsync(await PostJsonAsync(officer, "/api/ngos", input));
        Assert.Equal(["partnerId", "projects", "reports[0].receivedOn"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await ReadAsync<Paged<ForeignNgoRow>>(await officer.GetAsync($"/api/ngos?q={Uri.EscapeDataString(input.CertificateNumber!)}", Ct))).Total);

        var viewer = await App.SignInNewUserAsync(Province, Liaison.Web.Features.Accounts.Roles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(viewer, "/api/ngos", await NgoAsync(officer, new DateOnly(2024, 1, 1), new DateOnly(2027, 1, 1)))).StatusCode);
    }

    [Fact]
    public async Task TheReport_CountsTheNgosRegistered_AndTheReportsReceived()
    {
        var officer = await App.SignInNewUserAsync("ca-mau");
        var before = await ReadAsync<Report>(await officer.GetAsync("/api/reports?from=2024-01-01&to=2024-12-31", Ct));
        var input = await NgoAsync(officer, new DateOnly(2022, 6, 1), new DateOnly(2024, 5, 31));
        input.Reports = [new() { Year = 2022, ReceivedOn = new DateOnly(2023, 1, 12) }, new() { Year = 2023, ReceivedOn = new DateOnly(2024, 1, 9) }];
        await ReadAsync<ForeignNgoDetails>(await PostJsonAsync(officer, "/api/ngos", input));
        await ReadAsync<ForeignNgoDetails>(await PostJsonAsync(officer, "/api/ngos", await NgoAsync(officer, new DateOnly(2025, 1, 1), new DateOnly(2028, 1, 1))));

        var after = await ReadAsync<Report>(await officer.GetAsync("/api/reports?from=2024-01-01&to=2024-12-31", Ct));

        Assert.Equal(before.Find("ngos-active").Value + 1, after.Find("ngos-active").Value);
        Assert.Equal(before.Find("ngo-reports-received").Value + 1, after.Find("ngo-reports-received").Value);
    }

    private static async Task<IReadOnlyList<DueItem>> DueAsync(HttpClient client, int ngo) =>
        [.. (await ReadAsync<DueList>(await client.GetAsync("/api/deadlines/due?pageSize=200&days=366", Ct))).Page.Items.Where(i => i.Item.Link == $"/ngos/{ngo}")];

    private static async Task<ForeignNgoInput> NgoAsync(HttpClient client, DateOnly from, DateOnly to)
    {
        var partner = TestData.Partner(TestData.Unique("Friendship Bridge"), "DE");
        partner.Kind = PartnerKind.ForeignNgo;
        var created = await ReadAsync<PartnerDetails>(await PostJsonAsync(client, "/api/partners", partner));
        return new ForeignNgoInput
        {
            PartnerId = created.Id, CertificateNumber = TestData.Unique("125/GĐK-BNG"), CertificateKind = NgoCertificateKind.Operation,
            IssuedBy = "Committee for Foreign NGO Affairs", ValidFrom = from, ValidTo = to, WorkPlan = "Clean water and school meals in two border districts",
        };
    }
}

public sealed class ForeignNgoApiTests_Sqlite(SqliteApp app) : ForeignNgoApiTests(app);

public sealed class ForeignNgoApiTests_Postgres(PostgresApp app) : ForeignNgoApiTests(app);
