using System.Net.Http.Json;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Partners;

namespace Liaison.Web.Tests.Infrastructure;

/// <summary>Valid requests for each area, to be varied by a test; and helpers that create them through the API.</summary>
public static class TestData
{
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public static PartnerInput Partner(string? name = null, string country = "CN") => new()
    {
        Kind = PartnerKind.ForeignProvince,
        NameEn = name ?? Unique("Partner"),
        NameVi = "tỉnh Vân Nam",
        NativeName = "云南省",
        CountryCode = country,
        Contacts = [new ContactInput { Name = "Liu Yong", Title = "Vice Governor", Since = new DateOnly(2023, 1, 1) }],
    };

    public static DelegationInput Delegation(string? title = null, int[]? partners = null) => new()
    {
        Direction = DelegationDirection.Inbound,
        Title = title ?? Unique("Delegation"),
        Purpose = DelegationPurpose.Work,
        StartDate = new DateOnly(2025, 10, 11),
        EndDate = new DateOnly(2025, 10, 13),
        HeadName = "Phongsavanh",
        HeadTitle = "Deputy Secretary",
        Level = DelegationLevel.ProvincialLeadership,
        MemberCount = 12,
        Members = [new MemberInput { Name = "Member One", Title = "Director" }],
        HostUnit = "Department of Foreign Affairs",
        CountryCodes = ["LA"],
        PartnerIds = partners ?? [],
        FundingSource = FundingSource.InvitingSide,
    };

    public static AgreementInput Agreement(int partnerId, string? title = null) => new()
    {
        Kind = AgreementKind.MemorandumOfUnderstanding,
        Title = title ?? Unique("Agreement"),
        DomesticParties = [new DomesticPartyInput { Kind = DomesticPartyKind.Province, Name = "Provincial People's Committee" }],
        PartnerIds = [partnerId],
        FieldCodes = ["tourism", "high-tech-agriculture"],
        ValidFrom = new DateOnly(2024, 1, 1),
        ValidTo = new DateOnly(2029, 12, 31),
        Commitments = [new CommitmentInput { Description = "Exchange tourism delegations", OwnerUnit = "Department of Culture", DueDate = new DateOnly(2026, 6, 30) }],
    };

    public static Liaison.Web.Features.Activities.ActivityInput Activity(int[]? partners = null, string? title = null) => new()
    {
        Kind = Liaison.Web.Features.Activities.ActivityKind.ConferenceOrSeminar,
        Title = title ?? Unique("Activity"),
        StartDate = new DateOnly(2022, 6, 15),
        EndDate = new DateOnly(2022, 6, 15),
        InProvince = true,
        Place = "Lai Chau",
        PartnerIds = partners ?? [],
        Organiser = "DOFA",
        ParticipantCount = 200,
        Status = Liaison.Web.Features.Activities.ActivityStatus.Held,
    };

    /// <summary>A project funded by the given partner, half health and half clean water, with no money yet.</summary>
    public static Liaison.Web.Features.Aid.AidProjectInput AidProject(int donorId, string? title = null) => new()
    {
        Title = title ?? Unique("Aid project"),
        Description = "Clinics and water for border communes",
        Form = Liaison.Web.Features.Aid.AidForm.Project,
        Status = Liaison.Web.Features.Aid.AidStatus.Implementation,
        Participants =
        [
            new() { Role = Liaison.Web.Features.Aid.ParticipantRole.Funding, PartnerId = donorId },
            new() { Role = Liaison.Web.Features.Aid.ParticipantRole.Implementing, Name = "Provincial Department of Health" },
        ],
        Sectors = [new() { Code = "12220", Percentage = 50 }, new() { Code = "14030", Percentage = 50 }],
        Places = ["Sin Ho", "Phong Tho"],
        DecisionNumber = "1234/QĐ-UBND",
        DecisionDate = new DateOnly(2023, 3, 1),
        Approver = "Chairman of the Provincial People's Committee",
        PlannedStart = new DateOnly(2023, 4, 1),
        PlannedEnd = new DateOnly(2025, 12, 31),
        ValueAmount = 500_000m,
        ValueCurrency = "USD",
    };

    public static async Task<PartnerDetails> CreatePartnerAsync(HttpClient client, PartnerInput? input = null)
    {
        var response = await client.PostAsJsonAsync("/api/partners", input ?? Partner(), AppTests.Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonSerializer.Deserialize<PartnerDetails>(body, AppTests.Json)!;
    }

    public static async Task<DelegationDetails> CreateDelegationAsync(HttpClient client, DelegationInput? input = null)
    {
        var response = await client.PostAsJsonAsync("/api/delegations", input ?? Delegation(), AppTests.Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonSerializer.Deserialize<DelegationDetails>(body, AppTests.Json)!;
    }

    public static async Task<AgreementDetails> CreateAgreementAsync(HttpClient client, AgreementInput input)
    {
        var response = await client.PostAsJsonAsync("/api/agreements", input, AppTests.Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return System.Text.Json.JsonSerializer.Deserialize<AgreementDetails>(body, AppTests.Json)!;
    }
}
