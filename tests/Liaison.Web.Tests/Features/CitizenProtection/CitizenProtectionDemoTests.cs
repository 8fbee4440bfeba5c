using System.Net;
using Liaison.Web.Features.CitizenProtection;
using Liaison.Web.Features.Demo;
using Liaison.Web.Features.Reports;
using Liaison.Web.Features.Shared;
using Liaison.Web.Tests.Infrastructure;

namespace Liaison.Web.Tests.Features.CitizenProtection;

/// <summary>The demo's returns from Cambodia to Tay Ninh (article 003): a batch at a gate, counted by case and by people, names for the case officer only.</summary>
public abstract class CitizenProtectionDemoTests(LiaisonApp app) : AppTests(app)
{
    [Fact]
    public async Task TheMocBaiBatch_IsOneCaseOfManyPeople_NamedOnlyToTheCaseOfficer()
    {
        var officer = await App.SignInDemoAsync("tay-ninh@liaison.demo");
        var cases = await App.SignInDemoAsync("tay-ninh-cases@liaison.demo");

        var august = await ReadAsync<Paged<CitizenCaseRow>>(await officer.GetAsync("/api/cases?dated=Received&from=2025-08-01&to=2025-08-31", Ct));
        var batch = Assert.Single(august.Items);
        Assert.Equal((DemoCitizenProtection.MocBaiBatch, (long)DemoCitizenProtection.MocBaiBatch), (batch.People, august.Totals![ListCitizenCasesHandler.PeopleTotal]));
        Assert.True(batch.IsDemo);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/cases/{batch.Id}", Ct)).StatusCode);

        var file = await ReadAsync<CitizenCaseDetails>(await cases.GetAsync($"/api/cases/{batch.Id}", Ct));
        Assert.Equal(DemoCitizenProtection.MocBaiBatch, file.People.Count);
        Assert.Equal("Moc Bai – Bavet", file.BorderGateName);
        Assert.All(file.People, p => Assert.StartsWith("072", p.IdentityDocument, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TayNinhsReport_CountsTheReturns_ForEveryReaderOfTheProvince()
    {
        var officer = await App.SignInDemoAsync("tay-ninh@liaison.demo");

        var report = await ReadAsync<Report>(await officer.GetAsync("/api/reports?from=2025-01-01&to=2025-12-31", Ct));

        var section = report.Sections.Single(s => s.Key == "citizen-protection");
        Assert.Equal(3m, report.Find("cases-opened").Value);
        Assert.Equal(DemoCitizenProtection.MocBaiBatch + DemoCitizenProtection.XaMatBatch + 2, report.Find("case-people").Value);
        Assert.Equal(DemoCitizenProtection.MocBaiBatch + DemoCitizenProtection.XaMatBatch, report.Find("people-received").Value);
        Assert.Equal(1m, report.Find("cases-closed").Value);
        var irregular = section.Breakdowns.Single(b => b.Title == "Cases opened by kind").Lines.Single(l => l.Key == nameof(CaseKind.IrregularWork));
        Assert.Equal((2m, (decimal?)(DemoCitizenProtection.MocBaiBatch + DemoCitizenProtection.XaMatBatch)), (irregular.Value, irregular.Second));
        Assert.Equal(3m, section.Breakdowns.Single(b => b.Title == "Cases opened by country").Lines.Single(l => l.Key == "KH").Value);
        var closed = Assert.Single(section.Breakdowns.Single(b => b.Title == "Cases closed by kind").Lines);
        Assert.Equal((nameof(CaseKind.IrregularWork), 1m, (decimal?)DemoCitizenProtection.MocBaiBatch), (closed.Key, closed.Value, closed.Second));
        Assert.Equal(1m, section.Breakdowns.Single(b => b.Title == "Cases closed by country").Lines.Single(l => l.Key == "KH").Value);
    }
}

public sealed class CitizenProtectionDemoTests_Sqlite(SqliteDemoApp app) : CitizenProtectionDemoTests(app);

public sealed class CitizenProtectionDemoTests_Postgres(PostgresDemoApp app) : CitizenProtectionDemoTests(app);
