using System.Text.Json;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Demo;

/// <summary>
/// Loads the articles' world on first start (when Demo:Enabled is true): the records they name, from
/// demo-world.json, and generated records consistent with the figures they publish, such as Lai Chau's
/// 536 inbound delegations with about 3,700 visitors from 2020 to November 2025. Every record it writes
/// is marked IsDemo. It runs once: if demo records exist it does nothing.
/// </summary>
public sealed class DemoDataLoader(AppDbContext db, UserManager<AppUser> users, IConfiguration configuration, ILogger<DemoDataLoader> logger)
{
    /// <summary>The published Lai Chau figures the generated delegations reproduce (article 000, 15 November 2025).</summary>
    public const int LaiChauInboundDelegations = 536;
    public const int LaiChauInboundVisitors = 3_700;
    public static readonly DateOnly LaiChauPeriodStart = new(2020, 1, 1);
    public static readonly DateOnly LaiChauPeriodEnd = new(2025, 11, 15);

    /// <summary>"Over 150" inbound international delegations to Gia Lai, 2020–2025 (article 001).</summary>
    public const int GiaLaiInboundDelegations = 152;

    private const string GeneratedNote = "Generated demo record, consistent with the figures the province published.";

    /// <summary>The demo's accounts; the border officers also read and keep border incidents (ADR 0011), the case officer citizen-protection cases (ADR 0017).</summary>
    public static IReadOnlyList<(string Email, string Name, string? Province, string Role, bool Border, bool Cases)> DemoAccounts { get; } =
    [
        ("lai-chau@liaison.demo", "Officer, Lai Chau DOFA", "lai-chau", Roles.Officer, false, false),
        ("lai-chau-border@liaison.demo", "Border affairs officer, Lai Chau DOFA", "lai-chau", Roles.Officer, true, false),
        ("gia-lai@liaison.demo", "Officer, Gia Lai DOFA", "gia-lai", Roles.Officer, false, false),
        ("tay-ninh@liaison.demo", "Officer, Tay Ninh DOFA", "tay-ninh", Roles.Officer, false, false),
        ("tay-ninh-border@liaison.demo", "Border affairs officer, Tay Ninh DOFA", "tay-ninh", Roles.Officer, true, false),
        ("tay-ninh-cases@liaison.demo", "Citizen protection officer, Tay Ninh DOFA", "tay-ninh", Roles.Officer, false, true),
        ("lao-cai@liaison.demo", "Officer, Lao Cai DOFA", "lao-cai", Roles.Officer, false, false),
        ("ministry@liaison.demo", "Ministry reader", null, Roles.MinistryReader, false, false),
    ];

    public async Task LoadAsync(CancellationToken ct = default)
    {
        if (await db.Partners.IgnoreQueryFilters().AnyAsync(p => p.IsDemo, ct))
        {
            return;
        }

        var provinces = await db.Provinces.ToDictionaryAsync(p => p.Code, p => p.Id, ct);
        var world = ReadWorld();
        await CreateAccountsAsync(provinces);

        var partners = await AddPartnersAsync(world, provinces, ct);
        var agreements = await AddAgreementsAsync(world, provinces, partners, ct);
        var delegations = await AddDelegationsAsync(world, provinces, partners, ct);
        await AddActivitiesAsync(world, provinces, partners, delegations, ct);

        var random = new Random(2025);
        await GenerateInboundDelegationsAsync(provinces["lai-chau"], LaiChauInboundDelegations, LaiChauInboundVisitors, LaiChauPeriodStart, LaiChauPeriodEnd, random, ct);
        var giaLaiPartners = await AddGiaLaiPartnersAsync(provinces["gia-lai"], ct);
        await GenerateInboundDelegationsAsync(provinces["gia-lai"], GiaLaiInboundDelegations, 1_100, new DateOnly(2020, 1, 1), new DateOnly(2025, 9, 30), random, ct);
        await GenerateGiaLaiAgreementsAsync(provinces["gia-lai"], giaLaiPartners, random, ct);
        await new DemoAid(db).GenerateAsync(provinces["lai-chau"], provinces["gia-lai"], random, ct);
        await new DemoInvestment(db).GenerateAsync(provinces["gia-lai"], random, ct);
        await new DemoTrade(db).GenerateAsync(provinces, random, ct);
        await AddMungyeongLabourAsync(partners["lai-chau/mungyeong"], agreements["lai-chau/mungyeong-seasonal-labour"], ct);
        await AddJointWorkingGroupAsync(provinces, agreements["lai-chau/jwg-10th-session-minutes"], agreements["lai-chau/jwg-11th-session-minutes"], ct);
        await new DemoBorder(db).AddAsync(provinces, partners, ct);
        await new DemoCitizenProtection(db).AddAsync(provinces["tay-ninh"], ct);
        await new DemoDesk(db).AddAsync(provinces["tay-ninh"], ct);
        await GeneratePeopleToPeopleExchangesAsync(provinces["lai-chau"], random, ct);
        await MarkPastDeadlinesDoneAsync(ct);
        logger.LogInformation("Demo data loaded: {Partners} named partners, {Agreements} named agreements, {Delegations} named delegations.", partners.Count, agreements.Count, delegations.Count);
    }

    /// <summary>
    /// Lai Chau's seasonal workers in Mungyeong (article 000): the article gives the pay, 25–40 million VND a month
    /// (a couple earned about 37 million each in 2023), not the numbers sent, which are illustrative.
    /// </summary>
    private async Task AddMungyeongLabourAsync(Partner mungyeong, Agreement agreement, CancellationToken ct)
    {
        db.Add(new Labour.LabourProgramme
        {
            ProvinceId = mungyeong.ProvinceId,
            Title = "Seasonal farm work in Mungyeong City, Korea",
            PartnerId = mungyeong.Id,
            AgreementId = agreement.Id,
            Description = "Workers from Lai Chau do seasonal farm work in Mungyeong for 25–40 million VND a month. Season counts are illustrative; the article gives the pay only.",
            Seasons =
            [
                new Labour.LabourSeason { Year = 2023, WorkersSent = 86, ReturnedOnTime = 84, StayedIllegally = 2, AverageMonthlyIncome = 37_000_000m, IncomeCurrency = Money.Currencies.Dong },
                new Labour.LabourSeason { Year = 2024, WorkersSent = 140, ReturnedOnTime = 137, StayedIllegally = 3, AverageMonthlyIncome = 35_000_000m, IncomeCurrency = Money.Currencies.Dong },
                new Labour.LabourSeason { Year = 2025, WorkersSent = 165, ReturnedOnTime = 118, StayedIllegally = 1, AverageMonthlyIncome = 36_000_000m, IncomeCurrency = Money.Currencies.Dong },
            ],
            IsDemo = true,
            CreatedBy = "demo",
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// The Joint Working Group of the four border provinces with Yunnan (article 002), its 10th and 11th sessions:
    /// the 11th opens on the 10th's directions and what became of them, and reports the 548 exchange activities.
    /// </summary>
    private async Task AddJointWorkingGroupAsync(Dictionary<string, int> provinces, Agreement tenthMinutes, Agreement eleventhMinutes, CancellationToken ct)
    {
        var group = new Mechanisms.Mechanism
        {
            ProvinceId = provinces["lai-chau"], IsDemo = true, Kind = Mechanisms.MechanismKind.JointWorkingGroup,
            Name = "Joint Working Group of Lai Chau, Lao Cai, Tuyen Quang, Dien Bien (Viet Nam) and Yunnan (China)",
            Description = "Meets once a year, in turn in Viet Nam and in Yunnan, alongside the annual conference of the five provinces' Party secretaries. Ha Giang, a founding member, merged into Tuyen Quang in 2025.",
            Provinces =
            [
                new() { ProvinceId = provinces["lai-chau"] }, new() { ProvinceId = provinces["lao-cai"] },
                new() { ProvinceId = provinces["tuyen-quang"] }, new() { ProvinceId = provinces["dien-bien"] },
            ],
            ForeignMembers = [new Mechanisms.MechanismForeignMember { Name = "Yunnan Province", CountryCode = "CN" }],
        };
        static List<Mechanisms.SessionCommitment> From(Agreement minutes) => [.. minutes.Commitments.Select(c => new Mechanisms.SessionCommitment
        {
            Description = c.Description, Owner = c.OwnerUnit, DueDate = c.DueDate, Status = c.Status, ProgressNotes = c.ProgressNotes,
        })];
        group.Sessions.Add(new Mechanisms.MechanismSession
        {
            ProvinceId = group.ProvinceId, IsDemo = true, Number = 10, StartDate = new DateOnly(2024, 6, 12), EndDate = new DateOnly(2024, 6, 12),
            Host = "People's Government of Yunnan Province", Venue = "Yunnan Province", CountryCode = "CN", MinutesAgreementId = tenthMinutes.Id,
            Summary = "Held alongside the 4th annual conference of the provincial Party secretaries (11–15 June 2024, from public reports).",
            Commitments = From(tenthMinutes),
        });
        group.Sessions.Add(new Mechanisms.MechanismSession
        {
            ProvinceId = group.ProvinceId, IsDemo = true, Number = 11, StartDate = new DateOnly(2025, 10, 29), EndDate = new DateOnly(2025, 10, 30),
            Host = "Lai Chau Provincial People's Committee", Venue = "Lai Chau", CountryCode = "VN", MinutesAgreementId = eleventhMinutes.Id,
            Summary = "Reviewed the results since the 10th session and agreed the cooperation directions for the coming period; the heads of the five delegations signed the minutes.",
            Attendees =
            [
                new() { Name = "Giang A Tinh", Title = "Vice Chairman of Lai Chau Provincial People's Committee, Head of the Lai Chau Joint Working Group", Side = Mechanisms.AttendeeSide.Domestic, Role = Mechanisms.AttendeeRole.HeadOfDelegation },
                new() { Name = "Nguyen Thanh Sinh", Title = "Vice Chairman of Lao Cai Provincial People's Committee", Side = Mechanisms.AttendeeSide.Domestic, Role = Mechanisms.AttendeeRole.HeadOfDelegation },
                new() { Name = "Liu Yong", Title = "Vice Governor of the People's Government of Yunnan Province", Side = Mechanisms.AttendeeSide.Foreign, Role = Mechanisms.AttendeeRole.HeadOfDelegation },
            ],
            Results =
            [
                new() { FieldCode = "culture", Description = "Exchange activities between the five provinces in trade, agriculture, transport, education, health, tourism and border-gate management", Count = 548 },
                new() { FieldCode = "trade", Description = "Trade between the four Vietnamese border provinces and Yunnan: 7.2 billion USD" },
                new() { FieldCode = "education-training", Description = "Lai Chau officials trained in courses organised by Yunnan", Count = 22 },
                new() { FieldCode = "border-management", Description = "The Si Choang (VN) – Dien Sui Thang (CN) traditional crossing reopened in 2025" },
            ],
            Commitments = From(eleventhMinutes),
        });
        db.Add(group);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The demo's history was handled before Liaison kept deadlines: what fell due by the end of 2025 is marked done,
    /// so the list of what is due shows this year's work rather than a wall of old items.
    /// </summary>
    private async Task MarkPastDeadlinesDoneAsync(CancellationToken ct)
    {
        var past = await new Deadlines.DeadlineFinder(db).FindAsync(Deadlines.DeadlineScope.Everyone, new DateOnly(2025, 12, 31), ct);
        db.DeadlinesDone.AddRange(past.Where(i => i.CanBeMarkedDone).Select(i => new Deadlines.DeadlineDone
        {
            ProvinceId = i.ProvinceId, ItemKey = i.Key, DoneOn = i.DueDate, Note = "Demo: done before Liaison kept deadlines.", RecordedAt = DateTime.UtcNow, RecordedBy = "demo",
        }));
        await db.SaveChangesAsync(ct);
    }

    private static DemoWorld ReadWorld()
    {
        using var stream = typeof(DemoDataLoader).Assembly.GetManifestResourceStream("Liaison.demo-world.json")
            ?? throw new InvalidOperationException("The embedded demo data is missing.");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Configure(options);
        return JsonSerializer.Deserialize<DemoWorld>(stream, options) ?? throw new InvalidOperationException("The demo data is empty.");
    }

    private async Task CreateAccountsAsync(Dictionary<string, int> provinces)
    {
        var password = configuration["Demo:Password"];
        if (string.IsNullOrWhiteSpace(password))
        {
            logger.LogWarning("Demo:Password is not set: demo records are loaded but no demo accounts are created.");
            return;
        }

        foreach (var (email, name, province, role, border, cases) in DemoAccounts)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                ProvinceId = province is null ? null : provinces[province],
                IsDemo = true,
                Role = role,
                HandlesBorderMatters = border,
                HandlesCitizenCases = cases,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, role);
        }
    }

    private async Task<Dictionary<string, Partner>> AddPartnersAsync(DemoWorld world, Dictionary<string, int> provinces, CancellationToken ct)
    {
        var byKey = new Dictionary<string, Partner>(StringComparer.Ordinal);
        foreach (var p in world.Partners)
        {
            byKey[p.Key] = new Partner
            {
                ProvinceId = provinces[p.Province],
                Kind = p.Kind,
                NativeName = p.NativeName,
                NameEn = p.NameEn,
                NameVi = p.NameVi,
                CountryCode = p.Country,
                Notes = p.Notes,
                IsDemo = true,
                CreatedBy = "demo",
                Contacts = (p.Contacts ?? []).Select(c => new PartnerContact { Name = c.Name, Title = c.Title, Since = c.Since, Until = c.Until }).ToList(),
            }.Placed();
        }

        db.Partners.AddRange(byKey.Values);
        await db.SaveChangesAsync(ct);
        foreach (var p in world.Partners.Where(p => p.Parent is not null))
        {
            byKey[p.Key].ParentId = byKey[p.Parent!].Id;
        }

        await db.SaveChangesAsync(ct);
        return byKey;
    }

    private async Task<Dictionary<string, Agreement>> AddAgreementsAsync(DemoWorld world, Dictionary<string, int> provinces, Dictionary<string, Partner> partners, CancellationToken ct)
    {
        var byKey = new Dictionary<string, Agreement>(StringComparer.Ordinal);
        foreach (var a in world.Agreements)
        {
            var agreement = new Agreement
            {
                ProvinceId = provinces[a.Province],
                Kind = a.Kind,
                Title = a.Title,
                Summary = a.Summary,
                SignedOn = a.SignedOn,
                SignedPlace = a.SignedPlace,
                Language = a.Language,
                SignerName = a.SignerName,
                SignerTitle = a.SignerTitle,
                ValidFrom = a.ValidFrom,
                ValidTo = a.ValidTo,
                Status = a.Status,
                IsDemo = true,
                CreatedBy = "demo",
                DomesticParties = a.DomesticParties.Select(p => new AgreementDomesticParty { Kind = p.Kind, Name = p.Name }).ToList(),
                Partners = a.Partners.Select(k => new AgreementPartner { Partner = partners[k] }).ToList(),
                Fields = a.Fields.Select(f => new AgreementField { FieldCode = f }).ToList(),
                Commitments = (a.Commitments ?? []).Select(c => new Commitment
                {
                    Description = c.Description, OwnerUnit = c.OwnerUnit, DueDate = c.DueDate, Status = c.Status, ProgressNotes = c.ProgressNotes,
                }).ToList(),
            };
            if (a.SignedOn is { } signed && a.Status is AgreementStatus.Signed or AgreementStatus.InForce or AgreementStatus.Expired or AgreementStatus.Terminated)
            {
                agreement.Events.Add(new AgreementEvent { Kind = AgreementEventKind.Signed, OccurredOn = signed });
            }

            byKey[a.Key] = agreement;
        }

        db.Agreements.AddRange(byKey.Values);
        await db.SaveChangesAsync(ct);
        foreach (var a in world.Agreements.Where(a => a.Renews is not null))
        {
            byKey[a.Key].RenewsAgreementId = byKey[a.Renews!].Id;
        }

        await db.SaveChangesAsync(ct);
        return byKey;
    }

    private async Task<Dictionary<string, Delegation>> AddDelegationsAsync(DemoWorld world, Dictionary<string, int> provinces, Dictionary<string, Partner> partners, CancellationToken ct)
    {
        var byKey = world.Delegations.ToDictionary(d => d.Key, d => new Delegation
        {
            ProvinceId = provinces[d.Province],
            Direction = d.Direction,
            Title = d.Title,
            Purpose = d.Purpose,
            PurposeDetail = d.PurposeDetail,
            StartDate = d.StartDate,
            EndDate = d.EndDate,
            HeadName = d.HeadName,
            HeadTitle = d.HeadTitle,
            Level = d.Level,
            MemberCount = d.MemberCount,
            HostUnit = d.HostUnit,
            FundingSource = d.FundingSource,
            DecisionNumber = d.DecisionNumber,
            DecisionDate = d.DecisionDate,
            Outcome = d.Outcome,
            Status = d.Status,
            IsDemo = true,
            CreatedBy = "demo",
            Members = (d.Members ?? []).Select(m => new DelegationMember { Name = m.Name, Title = m.Title, Organisation = m.Organisation }).ToList(),
            Countries = d.Countries.Distinct().Select(c => new DelegationCountry { CountryCode = c }).ToList(),
            Partners = d.Partners.Distinct().Select(k => new DelegationPartner { Partner = partners[k] }).ToList(),
        }, StringComparer.Ordinal);
        db.Delegations.AddRange(byKey.Values);
        await db.SaveChangesAsync(ct);
        return byKey;
    }

    private async Task AddActivitiesAsync(DemoWorld world, Dictionary<string, int> provinces, Dictionary<string, Partner> partners, Dictionary<string, Delegation> delegations, CancellationToken ct)
    {
        db.Activities.AddRange(world.Activities.Select(a => new Activity
        {
            ProvinceId = provinces[a.Province],
            Kind = a.Kind,
            Title = a.Title,
            StartDate = a.StartDate,
            EndDate = a.EndDate,
            InProvince = a.InProvince,
            Place = a.Place,
            CountryCode = a.Country ?? "VN",
            Organiser = a.Organiser,
            ParticipantCount = a.ParticipantCount,
            Outcome = a.Outcome,
            Status = a.Status,
            Delegation = a.Delegation is null ? null : delegations[a.Delegation],
            IsDemo = true,
            CreatedBy = "demo",
            Partners = a.Partners.Distinct().Select(k => new ActivityPartner { Partner = partners[k] }).ToList(),
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Tops a province's inbound delegations in a period up to the published count and visitor total:
    /// the named delegations already loaded count towards both, and the generated ones make up the rest.
    /// </summary>
    /// <summary>"Over 30 people-to-people exchange events" through the Union of Friendship Organisations, with China, Laos, Japan and Korea (article 000).</summary>
    public const int LaiChauPeopleToPeopleExchanges = 32;

    /// <summary>
    /// Lai Chau's people-to-people exchanges, 2020–2025: the article gives the count ("over 30") and the
    /// countries, not the events, so all but the named one are generated, after every other generated record
    /// (so that adding them changed none of those).
    /// </summary>
    private async Task GeneratePeopleToPeopleExchangesAsync(int laiChau, Random random, CancellationToken ct)
    {
        var from = new DateOnly(2020, 1, 1);
        var named = await db.Activities.IgnoreQueryFilters()
            .CountAsync(a => a.ProvinceId == laiChau && a.Kind == ActivityKind.PeopleToPeopleExchange && a.StartDate >= from && a.StartDate <= LaiChauPeriodEnd, ct);
        string[] countries = ["CN", "CN", "LA", "LA", "JP", "KR"];
        for (var n = named; n < LaiChauPeopleToPeopleExchanges; n++)
        {
            var country = countries[random.Next(countries.Length)];
            var start = from.AddDays(random.Next(LaiChauPeriodEnd.DayNumber - from.DayNumber + 1));
            db.Activities.Add(new Activity
            {
                ProvinceId = laiChau, Kind = ActivityKind.PeopleToPeopleExchange, Title = $"Friendship exchange with people of {Reference.Countries.NameEn(country)}",
                StartDate = start, EndDate = start, InProvince = country != "JP" && country != "KR", CountryCode = country is "JP" or "KR" ? country : "VN",
                Organiser = "Lai Chau Union of Friendship Organisations", ParticipantCount = random.Next(20, 121), Status = ActivityStatus.Held,
                Outcome = GeneratedNote, IsDemo = true, CreatedBy = "demo",
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task GenerateInboundDelegationsAsync(int provinceId, int count, int visitors, DateOnly from, DateOnly to, Random random, CancellationToken ct)
    {
        var named = await db.Delegations.IgnoreQueryFilters()
            .Where(d => d.ProvinceId == provinceId && d.Direction == DelegationDirection.Inbound && d.StartDate >= from && d.StartDate <= to)
            .Select(d => d.MemberCount).ToListAsync(ct);
        var toGenerate = count - named.Count;
        var membersLeft = visitors - named.Sum();
        var partners = await db.Partners.IgnoreQueryFilters().Where(p => p.ProvinceId == provinceId)
            .Select(p => new { p.Id, p.CountryCode, p.NameEn, p.Kind }).ToListAsync(ct);

        // Member counts: random sizes, then nudged one by one until they add up to the published total.
        var sizes = Enumerable.Range(0, toGenerate).Select(_ => random.Next(2, 13)).ToArray();
        var i = 0;
        while (sizes.Sum() != membersLeft)
        {
            var step = sizes.Sum() < membersLeft ? 1 : -1;
            if (sizes[i % toGenerate] + step is >= 1 and <= 40)
            {
                sizes[i % toGenerate] += step;
            }

            i++;
        }

        var days = to.DayNumber - from.DayNumber;
        var countries = new[] { "CN", "CN", "CN", "CN", "LA", "LA", "LA", "KR", "KR", "JP", "KH", "TH", "US", "AU", "FR", "DE" };
        var purposes = Enum.GetValues<DelegationPurpose>();
        var batch = new List<Delegation>(toGenerate);
        for (var n = 0; n < toGenerate; n++)
        {
            var country = countries[random.Next(countries.Length)];
            var candidates = partners.Where(p => p.CountryCode == country).ToList();
            var partner = candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : null;
            var start = from.AddDays(random.Next(days + 1));
            var purpose = purposes[random.Next(purposes.Length)];
            batch.Add(new Delegation
            {
                ProvinceId = provinceId,
                Direction = DelegationDirection.Inbound,
                Title = partner is null
                    ? $"{PurposeWords(purpose)} from {Reference.Countries.NameEn(country)}"
                    : $"{PurposeWords(purpose)} of {partner.NameEn}",
                Purpose = purpose,
                StartDate = start,
                EndDate = start.AddDays(random.Next(0, 4)),
                Level = (DelegationLevel)random.Next(0, 7),
                MemberCount = sizes[n],
                HostUnit = "Department of Foreign Affairs",
                FundingSource = FundingSource.InvitingSide,
                Status = start.AddDays(30) < to ? DelegationStatus.ReportFiled : DelegationStatus.Completed,
                Outcome = GeneratedNote,
                IsDemo = true,
                CreatedBy = "demo",
                Countries = [new DelegationCountry { CountryCode = country }],
                Partners = partner is null ? [] : [new DelegationPartner { PartnerId = partner.Id }],
            });
        }

        db.Delegations.AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static string PurposeWords(DelegationPurpose purpose) => purpose switch
    {
        DelegationPurpose.Work => "Working delegation",
        DelegationPurpose.Survey => "Survey delegation",
        DelegationPurpose.InvestmentPromotion => "Investment promotion delegation",
        DelegationPurpose.Culture => "Cultural delegation",
        DelegationPurpose.Education => "Education delegation",
        _ => "Delegation",
    };

    /// <summary>Gia Lai's article names no counterpart, so its register holds its neighbours across the border (illustrative).</summary>
    private async Task<List<Partner>> AddGiaLaiPartnersAsync(int provinceId, CancellationToken ct)
    {
        Partner P(PartnerKind kind, string native, string en, string vi, string country) => new Partner
        {
            ProvinceId = provinceId, Kind = kind, NativeName = native, NameEn = en, NameVi = vi, CountryCode = country,
            Notes = "Illustrative demo partner: article 001 names no counterpart of Gia Lai.", IsDemo = true, CreatedBy = "demo",
        }.Placed();
        List<Partner> partners =
        [
            P(PartnerKind.ForeignProvince, "ខេត្តរតនគិរី", "Ratanakiri Province", "tỉnh Ratanakiri", "KH"),
            P(PartnerKind.ForeignProvince, "ខេត្តស្ទឹងត្រែង", "Stung Treng Province", "tỉnh Stung Treng", "KH"),
            P(PartnerKind.ForeignProvince, "ແຂວງອັດຕະປື", "Attapeu Province", "tỉnh Attapeu", "LA"),
            P(PartnerKind.ForeignProvince, "ແຂວງເຊກອງ", "Sekong Province", "tỉnh Sê Kông", "LA"),
            P(PartnerKind.ForeignProvince, "ແຂວງຈຳປາສັກ", "Champasak Province", "tỉnh Champasak", "LA"),
            P(PartnerKind.ForeignNgo, "Plan International", "Plan International", "Tổ chức Plan International", "GB"),
            P(PartnerKind.InternationalOrganisation, "JICA", "Japan International Cooperation Agency", "Cơ quan Hợp tác Quốc tế Nhật Bản", "JP"),
            P(PartnerKind.ForeignProvince, "경상북도", "Gyeongsangbuk-do", "tỉnh Gyeongsangbuk", "KR"),
        ];
        db.Partners.AddRange(partners);
        await db.SaveChangesAsync(ct);
        return partners;
    }

    /// <summary>"Over 30" cooperation agreements signed by Gia Lai in 2020–2025 (article 001).</summary>
    private async Task GenerateGiaLaiAgreementsAsync(int provinceId, List<Partner> partners, Random random, CancellationToken ct)
    {
        var fields = new[] { "agriculture", "education-training", "health", "trade", "investment", "tourism", "border-management", "culture" };
        var kinds = new[] { AgreementKind.MemorandumOfUnderstanding, AgreementKind.Agreement, AgreementKind.Minutes, AgreementKind.CooperationProgramme };
        var agreements = new List<Agreement>();
        for (var n = 0; n < 32; n++)
        {
            var partner = partners[random.Next(partners.Count)];
            var signed = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2100));
            var kind = kinds[random.Next(kinds.Length)];
            var years = random.Next(2, 6);
            var agreement = new Agreement
            {
                ProvinceId = provinceId,
                Kind = kind,
                Title = $"{kind switch { AgreementKind.MemorandumOfUnderstanding => "Memorandum of understanding", AgreementKind.CooperationProgramme => "Cooperation programme", _ => kind.ToString() }} between Gia Lai and {partner.NameEn} ({signed.Year})",
                Summary = GeneratedNote,
                SignedOn = signed,
                SignedPlace = random.Next(2) == 0 ? "Pleiku" : partner.NameEn,
                ValidFrom = signed,
                ValidTo = signed.AddYears(years),
                Status = signed.AddYears(years) < new DateOnly(2025, 11, 26) ? AgreementStatus.Expired : AgreementStatus.InForce,
                IsDemo = true,
                CreatedBy = "demo",
                DomesticParties = [new AgreementDomesticParty { Kind = DomesticPartyKind.Province, Name = "Gia Lai Provincial People's Committee" }],
                Partners = [new AgreementPartner { PartnerId = partner.Id }],
                Fields = fields.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(f => new AgreementField { FieldCode = f }).ToList(),
                Events = [new AgreementEvent { Kind = AgreementEventKind.Signed, OccurredOn = signed }],
            };
            agreements.Add(agreement);
        }

        db.Agreements.AddRange(agreements);
        await db.SaveChangesAsync(ct);
    }
}
