using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Attachments;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Liaison.Web.Tests.Security;

/// <summary>Everyone who may knock, in the columns of the access matrix.</summary>
public enum Persona
{
    Anonymous,
    Viewer,
    Officer,
    Leader,
    Unit,
    OtherUnit,
    Ministry,
    Administrator,
    OtherProvince,

    /// <summary>An officer of the home province given the border permission: sees and keeps border incidents.</summary>
    BorderOfficer,

    /// <summary>An officer of the home province given the citizen-protection permission: opens and keeps case files.</summary>
    CaseOfficer,
}

/// <summary>
/// One province (Gia Lai) with a person of every role, two unit contributors, the ministry, an administrator
/// and an officer of another province (Tay Ninh); and the records the matrix knocks on. Read-only probes share
/// the records made once; probes that change something ask for a fresh record.
/// </summary>
public sealed partial class AccessWorld
{
    public const string Home = "gia-lai";
    public const string Elsewhere = "tay-ninh";

    private static readonly ConcurrentDictionary<LiaisonApp, Lazy<Task<AccessWorld>>> Worlds = new();
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private readonly Dictionary<Persona, (string Email, HttpClient Client)> _people = [];

    private AccessWorld(LiaisonApp app, string unit, string otherUnit)
    {
        App = app;
        UnitName = unit;
        OtherUnitName = otherUnit;
    }

    public LiaisonApp App { get; }

    public string UnitName { get; }

    public string OtherUnitName { get; }

    /// <summary>A word in the title of every record made here.</summary>
    public string Marker { get; } = "mx" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A word in the title of the shared records only, to find them on the first page of a list.</summary>
    public string SharedMarker { get; } = "sx" + Guid.NewGuid().ToString("N")[..12];

    public int Partner { get; private set; }

    public int Agreement { get; private set; }

    /// <summary>Registered by the unit contributor, so that the unit sees it and the other unit doesn't.</summary>
    public int Delegation { get; private set; }

    public int Activity { get; private set; }

    public int Aid { get; private set; }

    public int Investment { get; private set; }

    public int Trade { get; private set; }

    public int Labour { get; private set; }

    public int DelegationFile { get; private set; }

    public int HomeProvinceId { get; private set; }

    public int ElsewhereProvinceId { get; private set; }

    /// <summary>A mechanism whose only domestic member is the home province.</summary>
    public int Mechanism { get; private set; }

    public int Session { get; private set; }

    public int PartnerFile { get; private set; }

    public int Gate { get; private set; }

    public int VillagePair { get; private set; }

    /// <summary>Recorded by the border officer; only the border officer may see it.</summary>
    public int Incident { get; private set; }

    /// <summary>Opened by the case officer at the shared gate; every reader of the province counts it, only the case officer opens it.</summary>
    public int Case { get; private set; }

    /// <summary>A case whose file number carries the word (the people's names don't), at the gate given or none.</summary>
    public async Task<int> NewCaseAsync(bool archived = false, string? word = null, int? gate = null)
    {
        var on = new DateOnly(2025, 9, 9);
        var input = new Liaison.Web.Features.CitizenProtection.CitizenCaseInput
        {
            FileNumber = $"Case {word ?? Marker}", Kind = Liaison.Web.Features.CitizenProtection.CaseKind.IrregularWork, CountryCode = "KH", RequestReceivedOn = on,
            ReceivedAtBorderOn = gate is null ? null : on, BorderGateId = gate, Status = Liaison.Web.Features.CitizenProtection.CaseStatus.Open,
            People = [new() { FullName = "Matrix Person", IdentityDocument = "000000000001" }],
        };
        var response = await Client(Persona.CaseOfficer).PostAsJsonAsync("/api/cases", input, AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.CitizenProtection.CitizenCaseDetails>(response)).Id;
        return archived ? await ArchiveAsync("cases", id, Persona.CaseOfficer) : id;
    }

    /// <summary>What the case officer reads of a case, as the input to send back.</summary>
    public async Task<Liaison.Web.Features.CitizenProtection.CitizenCaseInput> CaseInputAsync(int id) =>
        (await GetAsync<Liaison.Web.Features.CitizenProtection.CitizenCaseDetails>(Persona.CaseOfficer, $"/api/cases/{id}")).ToInput();

    public int Apec { get; private set; }

    public int Ngo { get; private set; }

    public int Information { get; private set; }

    public int Overseas { get; private set; }

    public async Task<int> NewOverseasAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/overseas", Abroad(word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Overseas.OverseasContactDetails>(response)).Id;
        return archived ? await ArchiveAsync("overseas", id, Persona.Officer) : id;
    }

    public static Liaison.Web.Features.Overseas.OverseasContactInput Abroad(string word) => new()
    {
        Kind = Liaison.Web.Features.Overseas.OverseasContactKind.Association, Name = $"Association {word}", CountryCode = "FR", City = "Paris",
    };

    public async Task<int> NewInformationAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/information", Informing(word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.ExternalInformation.ExternalInfoDetails>(response)).Id;
        return archived ? await ArchiveAsync("information", id, Persona.Officer) : id;
    }

    public static Liaison.Web.Features.ExternalInformation.ExternalInfoInput Informing(string word) => new()
    {
        Kind = Liaison.Web.Features.ExternalInformation.InfoKind.PressRelease, Title = $"Release {word}", Channel = Liaison.Web.Features.ExternalInformation.InfoChannel.Website,
        Language = "vi", OccurredOn = new DateOnly(2025, 4, 4), Reach = 1000,
    };

    /// <summary>An NGO of the home province whose certificate number carries the word; its organisation is a new partner registered as an NGO.</summary>
    public async Task<int> NewNgoAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/ngos", await NgoingAsync(word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Ngos.ForeignNgoDetails>(response)).Id;
        return archived ? await ArchiveAsync("ngos", id, Persona.Officer) : id;
    }

    public async Task<Liaison.Web.Features.Ngos.ForeignNgoInput> NgoingAsync(string word)
    {
        var partner = TestData.Partner($"NGO {word}", "DE");
        partner.Kind = PartnerKind.ForeignNgo;
        var created = await ReadAsync<PartnerDetails>(await Client(Persona.Officer).PostAsJsonAsync("/api/partners", partner, AppTests.Json));
        return new()
        {
            PartnerId = created.Id, CertificateNumber = $"Cert {word}", CertificateKind = Liaison.Web.Features.Ngos.NgoCertificateKind.Operation, IssuedBy = "Committee for Foreign NGO Affairs",
            ValidFrom = new DateOnly(2024, 1, 1), ValidTo = new DateOnly(2028, 12, 31),
        };
    }

    public async Task<int> NewApecAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/apec", Applying(word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Apec.ApecApplicationDetails>(response)).Id;
        return archived ? await ArchiveAsync("apec", id, Persona.Officer) : id;
    }

    public static Liaison.Web.Features.Apec.ApecApplicationInput Applying(string word) => new()
    {
        ApplicantName = $"Applicant {word}", CompanyName = "Matrix Trading JSC", PassportNumber = "C1234567", Economies = ["JP", "KR"], ReceivedOn = new DateOnly(2025, 5, 5),
    };

    public async Task<int> NewGateAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/border/gates", Gating(word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Border.BorderGateDetails>(response)).Id;
        return archived ? await ArchiveAsync("border/gates", id, Persona.Officer) : id;
    }

    public static Liaison.Web.Features.Border.BorderGateInput Gating(string word) => new()
    {
        Name = $"Gate {word}", Type = Liaison.Web.Features.Border.GateType.Main, CounterpartName = "Counterpart gate", CounterpartCountryCode = "LA",
        Events = [new() { Kind = Liaison.Web.Features.Border.GateEventKind.Opened, Year = 2001 }],
    };

    public async Task<int> NewVillagePairAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/border/villages", Pairing(word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Border.VillagePairDetails>(response)).Id;
        return archived ? await ArchiveAsync("border/villages", id, Persona.Officer) : id;
    }

    public static Liaison.Web.Features.Border.VillagePairInput Pairing(string word) => new()
    {
        OurVillage = $"Village {word}", OurCommune = "Border commune", TheirVillage = "Ban Counterpart", CountryCode = "LA", SinceYear = 2015,
    };

    public async Task<int> NewIncidentAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.BorderOfficer).PostAsJsonAsync("/api/border/incidents", Incidenting(word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Border.BorderIncidentDetails>(response)).Id;
        return archived ? await ArchiveAsync("border/incidents", id, Persona.BorderOfficer) : id;
    }

    public static Liaison.Web.Features.Border.BorderIncidentInput Incidenting(string word) => new()
    {
        OccurredOn = new DateOnly(2025, 8, 14), Place = $"Place {word}", BorderMarker = "Marker 10", Kind = Liaison.Web.Features.Border.IncidentKind.IllegalCrossing,
        Description = "Two people crossed outside the gate", Status = Liaison.Web.Features.Border.IncidentStatus.Reported,
    };

    public static Task<AccessWorld> ForAsync(LiaisonApp app) =>
        Worlds.GetOrAdd(app, a => new Lazy<Task<AccessWorld>>(() => BuildAsync(a))).Value;

    public HttpClient Client(Persona persona) => persona == Persona.Anonymous ? App.Anonymous() : _people[persona].Client;

    public string Email(Persona persona) => _people[persona].Email;

    /// <summary>A second session for the persona, for probes that end the session (sign-out).</summary>
    public async Task<HttpClient> FreshClientAsync(Persona persona) =>
        persona == Persona.Anonymous ? App.Anonymous() : await App.SignInAsync(Email(persona), LiaisonApp.Password);

    public async Task<string> UserIdAsync(Persona persona)
    {
        using var scope = App.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(Email(persona));
        return user!.Id;
    }

    /// <summary>The antiforgery token of a session, read from the sign-out form on the home page; anonymous has none.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client)
    {
        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var token = FormToken().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        return token.Length > 0 ? token : "none";
    }

    /// <summary>A spreadsheet of one delegation uploaded by the home officer (its file named with the marker), checked when asked.</summary>
    public async Task<int> NewImportJobAsync(bool check = false)
    {
        var csv = $"Direction,Title,Purpose,Start date,End date,Level,Members,Countries,Funding source\r\nInbound,Import {Marker} {Guid.NewGuid():N},Work,2021-05-10,2021-05-12,Local,3,KR,Inviting side\r\n";
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", $"import-{Marker}.csv" },
            { new StringContent("delegations"), "recordType" },
        };
        var response = await Client(Persona.Officer).PostAsync(new Uri("/api/imports", UriKind.Relative), form);
        var id = (await response.Content.ReadFromJsonAsync<Liaison.Web.Features.Import.ImportView>(AppTests.Json))!.Id;
        if (check)
        {
            (await Client(Persona.Officer).PostAsync(new Uri($"/api/imports/{id}/check", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }

        return id;
    }

    public async Task<int> NewPartnerAsync(bool archived = false, string? word = null)
    {
        var id = (await TestData.CreatePartnerAsync(Client(Persona.Officer), TestData.Partner($"Partner {word ?? Marker}"))).Id;
        return archived ? await ArchiveAsync("partners", id, Persona.Officer) : id;
    }

    public async Task<int> NewDelegationAsync(bool archived = false, string? word = null)
    {
        var id = (await TestData.CreateDelegationAsync(Client(Persona.Unit), TestData.Delegation($"Delegation {word ?? Marker}"))).Id;
        return archived ? await ArchiveAsync("delegations", id, Persona.Unit) : id;
    }

    public async Task<int> NewAgreementAsync(bool archived = false, string? word = null)
    {
        var id = (await TestData.CreateAgreementAsync(Client(Persona.Officer), TestData.Agreement(Partner, $"Agreement {word ?? Marker}"))).Id;
        return archived ? await ArchiveAsync("agreements", id, Persona.Officer) : id;
    }

    /// <summary>An agreement taken through approval to signed, so that amendments can be recorded on it.</summary>
    public async Task<int> NewSignedAgreementAsync()
    {
        var id = await NewAgreementAsync();
        await MoveAsync(Persona.Officer, id, AgreementStatus.Consulting);
        await MoveAsync(Persona.Leader, id, AgreementStatus.ApprovedForSigning);
        await MoveAsync(Persona.Officer, id, AgreementStatus.Signed);
        return id;
    }

    /// <summary>
    /// The key of a fresh item on the home province's list of what is due: an agreement signed yesterday owes its
    /// copy to the ministry, and that rule is met by marking it done.
    /// </summary>
    public async Task<string> NewDueItemKeyAsync()
    {
        var input = TestData.Agreement(Partner, $"Agreement due {Marker}");
        input.SignedOn = DateOnly.FromDateTime(DateTime.Today).AddDays(-1);
        var id = (await TestData.CreateAgreementAsync(Client(Persona.Officer), input)).Id;
        // The world's province gathers items from every probe, so the new one may sit past the first page.
        for (var page = 1; ; page++)
        {
            var due = await GetAsync<Liaison.Web.Features.Deadlines.DueList>(Persona.Officer, $"/api/deadlines/due?pageSize=200&page={page}");
            var found = due.Page.Items.SingleOrDefault(i => i.Item.Link == $"/agreements/{id}" && i.Item.CanBeMarkedDone);
            if (found is not null)
            {
                return found.Item.Key;
            }

            Assert.True(page * 200 < due.Page.Total, $"Agreement {id} signed yesterday is not among the {due.Page.Total} items due by {due.Until}.");
        }
    }

    /// <summary>An item the home province's officer has marked done, so that the mark can be taken back.</summary>
    public async Task<string> NewDoneMarkAsync()
    {
        var key = await NewDueItemKeyAsync();
        var marked = await Client(Persona.Officer).PostAsJsonAsync("/api/deadlines/done", new { key }, AppTests.Json);
        Assert.True(marked.IsSuccessStatusCode, await marked.Content.ReadAsStringAsync());
        return key;
    }

    /// <summary>A rule that is switched off, so that it changes nobody's list.</summary>
    public async Task<int> NewQuietRuleAsync()
    {
        var response = await Client(Persona.Administrator).PostAsJsonAsync("/api/deadline-rules", QuietRule(), AppTests.Json);
        return (await ReadAsync<Liaison.Web.Features.Deadlines.DeadlineRule>(response)).Id;
    }

    public static Liaison.Web.Features.Deadlines.DeadlineRuleInput QuietRule(int? version = null) => new()
    {
        Name = "A rule for the access probes", Anchor = Liaison.Web.Features.Deadlines.DeadlineAnchor.InboundArrival, Offset = -3,
        Unit = Liaison.Web.Features.Deadlines.OffsetUnit.WorkingDays, AppliesFrom = DateOnly.FromDateTime(DateTime.Today).AddYears(3), IsActive = false, Version = version,
    };

    private static int _holidays;

    /// <summary>A day of a far year no other test uses, new on every call.</summary>
    public static DateOnly NewHolidayDate() => new DateOnly(2091, 1, 1).AddDays(Interlocked.Increment(ref _holidays));

    public async Task<int> NewHolidayAsync()
    {
        var response = await Client(Persona.Administrator).PostAsJsonAsync("/api/holidays", new { date = NewHolidayDate(), name = "Probe day" }, AppTests.Json);
        return (await ReadAsync<Liaison.Web.Features.Deadlines.Holiday>(response)).Id;
    }

    /// <summary>The path of a calendar feed of the home province's officer (replacing any earlier one).</summary>
    public async Task<string> NewCalendarPathAsync()
    {
        var response = await Client(Persona.Officer).PostAsync(new Uri("/api/account/calendar-feed", UriKind.Relative), null);
        return (await ReadAsync<Liaison.Web.Features.Deadlines.CalendarAddress>(response)).Path;
    }

    public async Task<int> NewActivityAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Unit).PostAsJsonAsync("/api/activities", TestData.Activity([Partner], $"Activity {word ?? Marker}"), AppTests.Json);
        var id = (await ReadAsync<ActivityDetails>(response)).Id;
        return archived ? await ArchiveAsync("activities", id, Persona.Unit) : id;
    }

    public async Task<int> NewAidAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/aid", TestData.AidProject(Partner, $"Aid {word ?? Marker}"), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Aid.AidProjectDetails>(response)).Id;
        return archived ? await ArchiveAsync("aid", id, Persona.Officer) : id;
    }

    public async Task<int> NewInvestmentAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/investments", Investing(Partner, word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Investment.InvestmentDetails>(response)).Id;
        return archived ? await ArchiveAsync("investments", id, Persona.Officer) : id;
    }

    public static Liaison.Web.Features.Investment.InvestmentInput Investing(int investorId, string word) => new()
    {
        Name = $"Investment {word}",
        InvestorId = investorId,
        Sector = Liaison.Web.Features.Investment.InvestmentSector.Agriculture,
        CertificateDate = new DateOnly(2024, 5, 1),
        RegisteredAmount = 5_000_000m,
        Currency = "USD",
    };

    public async Task<int> NewTradeAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/trade", Trading(word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Trade.TradeDetails>(response)).Id;
        return archived ? await ArchiveAsync("trade", id, Persona.Officer) : id;
    }

    public static Liaison.Web.Features.Trade.TradeInput Trading(string word) => new()
    {
        Period = Liaison.Web.Features.Trade.TradePeriod.Year,
        PeriodStart = new DateOnly(2024, 1, 1),
        CountryCode = "KH",
        Direction = Liaison.Web.Features.Trade.TradeDirection.Export,
        Amount = 1_000m,
        Currency = "USD",
        Source = $"Trade {word}",
    };

    public async Task<int> NewLabourAsync(bool archived = false, string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/labour", Employing(Partner, word ?? Marker), AppTests.Json);
        var id = (await ReadAsync<Liaison.Web.Features.Labour.LabourDetails>(response)).Id;
        return archived ? await ArchiveAsync("labour", id, Persona.Officer) : id;
    }

    public static Liaison.Web.Features.Labour.LabourInput Employing(int partnerId, string word) => new()
    {
        Title = $"Labour {word}",
        PartnerId = partnerId,
        Seasons = [new() { Year = 2024, WorkersSent = 10, ReturnedOnTime = 10 }],
    };

    public Liaison.Web.Features.Mechanisms.MechanismInput Convening(string word, params int[] provinces) => new()
    {
        Kind = Liaison.Web.Features.Mechanisms.MechanismKind.JointWorkingGroup,
        Name = $"Mechanism {word}",
        ProvinceIds = provinces.Length > 0 ? [.. provinces] : [HomeProvinceId],
        ForeignMembers = [new() { Name = "Yunnan Province", CountryCode = "CN" }],
    };

    public async Task<int> NewMechanismAsync(string? word = null)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync("/api/mechanisms", Convening(word ?? Marker), AppTests.Json);
        return (await ReadAsync<Liaison.Web.Features.Mechanisms.MechanismDetails>(response)).Id;
    }

    private int _sessions = 100;

    public Liaison.Web.Features.Mechanisms.SessionInput Meeting() => new()
    {
        Number = Interlocked.Increment(ref _sessions), StartDate = new DateOnly(2025, 10, 29), EndDate = new DateOnly(2025, 10, 30), Venue = "Lai Chau", CountryCode = "VN",
        Commitments = [new() { Description = $"Commitment {Marker}", Owner = "Department of Foreign Affairs" }],
    };

    public async Task<int> NewSessionAsync(int mechanism)
    {
        var response = await Client(Persona.Officer).PostAsJsonAsync($"/api/mechanisms/{mechanism}/sessions", Meeting(), AppTests.Json);
        return (await ReadAsync<Liaison.Web.Features.Mechanisms.SessionDetails>(response)).Id;
    }

    public async Task<int> NewFileAsync(string area, int id, Persona by, bool archived = false)
    {
        var response = await Client(by).PostAsync(new Uri($"/api/{area}/{id}/attachments", UriKind.Relative), Upload());
        var file = (await ReadAsync<AttachmentView>(response)).Id;
        return archived ? await ArchiveAsync("attachments", file, by) : file;
    }

    /// <summary>A multipart body with a small, real PDF.</summary>
    public static MultipartFormDataContent Upload(string? antiforgeryToken = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "decision.pdf");
        if (antiforgeryToken is not null)
        {
            form.Add(new StringContent(antiforgeryToken), "__RequestVerificationToken");
        }

        return form;
    }

    public async Task<T> GetAsync<T>(Persona persona, string url) =>
        await ReadAsync<T>(await Client(persona).GetAsync(new Uri(url, UriKind.Relative)));

    private static async Task<AccessWorld> BuildAsync(LiaisonApp app)
    {
        var world = new AccessWorld(app, $"Matrix unit {Guid.NewGuid():N}", $"Other unit {Guid.NewGuid():N}");
        foreach (var (persona, province, role, unit, border, cases) in new (Persona, string, string, string?, bool, bool)[]
        {
            (Persona.Viewer, Home, Roles.Viewer, null, false, false),
            (Persona.Officer, Home, Roles.Officer, null, false, false),
            (Persona.Leader, Home, Roles.ProvincialLeader, null, false, false),
            (Persona.Unit, Home, Roles.UnitContributor, world.UnitName, false, false),
            (Persona.OtherUnit, Home, Roles.UnitContributor, world.OtherUnitName, false, false),
            (Persona.Ministry, Home, Roles.MinistryReader, null, false, false),
            (Persona.Administrator, Home, Roles.Administrator, null, false, false),
            (Persona.OtherProvince, Elsewhere, Roles.Officer, null, false, false),
            (Persona.BorderOfficer, Home, Roles.Officer, null, true, false),
            (Persona.CaseOfficer, Home, Roles.Officer, null, false, true),
        })
        {
            var email = await app.CreateUserAsync(province, role, unit, border, cases);
            world._people[persona] = (email, await app.SignInAsync(email, LiaisonApp.Password));
        }

        world.Partner = await world.NewPartnerAsync(word: world.SharedMarker);
        world.Agreement = await world.NewAgreementAsync(word: world.SharedMarker);
        world.Delegation = await world.NewDelegationAsync(word: world.SharedMarker);
        world.Activity = await world.NewActivityAsync(word: world.SharedMarker);
        world.Aid = await world.NewAidAsync(word: world.SharedMarker);
        world.Investment = await world.NewInvestmentAsync(word: world.SharedMarker);
        world.Trade = await world.NewTradeAsync(word: world.SharedMarker);
        world.Labour = await world.NewLabourAsync(word: world.SharedMarker);
        world.DelegationFile = await world.NewFileAsync("delegations", world.Delegation, Persona.Unit);
        world.PartnerFile = await world.NewFileAsync("partners", world.Partner, Persona.Officer);
        world.HomeProvinceId = (await world.GetAsync<Liaison.Web.Features.Accounts.WhoAmI>(Persona.Officer, "/api/account/me")).ProvinceId!.Value;
        world.ElsewhereProvinceId = (await world.GetAsync<Liaison.Web.Features.Accounts.WhoAmI>(Persona.OtherProvince, "/api/account/me")).ProvinceId!.Value;
        world.Mechanism = await world.NewMechanismAsync(world.SharedMarker);
        world.Session = await world.NewSessionAsync(world.Mechanism);
        world.Gate = await world.NewGateAsync(word: world.SharedMarker);
        world.VillagePair = await world.NewVillagePairAsync(word: world.SharedMarker);
        world.Incident = await world.NewIncidentAsync(word: world.SharedMarker);
        world.Case = await world.NewCaseAsync(word: world.SharedMarker, gate: world.Gate);
        world.Apec = await world.NewApecAsync(word: world.SharedMarker);
        world.Ngo = await world.NewNgoAsync(word: world.SharedMarker);
        world.Information = await world.NewInformationAsync(word: world.SharedMarker);
        world.Overseas = await world.NewOverseasAsync(word: world.SharedMarker);
        return world;
    }

    private async Task<int> ArchiveAsync(string area, int id, Persona by)
    {
        var response = await Client(by).PostAsync(new Uri($"/api/{area}/{id}/archive", UriKind.Relative), null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return id;
    }

    private async Task MoveAsync(Persona by, int agreement, AgreementStatus to)
    {
        var response = await Client(by).PostAsJsonAsync($"/api/agreements/{agreement}/status", new AgreementStatusInput { To = to, OccurredOn = new DateOnly(2025, 3, 1), DecisionNumber = "12/QĐ-UBND", DecisionDate = new DateOnly(2025, 2, 20) }, AppTests.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, AppTests.Json)!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
