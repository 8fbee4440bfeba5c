using Stopwatch = System.Diagnostics.Stopwatch;
using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Aid;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Demo;

/// <summary>How big a national dataset to build: <see cref="Scale"/> 1 is 34 provinces over 25 years at full size.</summary>
public sealed record NationalDatasetOptions(double Scale, int Seed, string Password);

/// <param name="Records">Records written, by kind.</param>
public sealed record NationalDatasetResult(IReadOnlyDictionary<string, int> Records, TimeSpan Took)
{
    public override string ToString() =>
        $"Generated in {Took.TotalSeconds:0.0} s: " + string.Join(", ", Records.Select(r => $"{r.Value:N0} {r.Key}"));
}

/// <summary>
/// Builds the national dataset issue 9's benchmarks run on: every province over 25 years (2001 to 2025), at full
/// scale 100,000 partners, 400,000 delegations, 600,000 activities, 50,000 agreements and 30,000 aid projects with
/// 300,000 transactions, plus a benchmark officer (Lao Cai) and a ministry reader. The same seed gives the same
/// records. It writes through the import's bulk path (ADR 0016), so the rows, their search text and their audit
/// entries are those a person's save would make. Every record is marked as demo data, and it refuses a database
/// that holds any record that is not.
/// </summary>
public sealed class GenerateNationalDatasetHandler(AppDbContext db, UserManager<AppUser> users, ILogger<GenerateNationalDatasetHandler> logger)
{
    public const string OfficerEmail = "bench-officer@liaison.bench";
    public const string MinistryEmail = "bench-ministry@liaison.bench";
    public const string OfficerProvince = "lao-cai";
    public static readonly DateOnly From = new(2001, 1, 1);
    public static readonly DateOnly To = new(2025, 12, 31);

    // Full-scale counts (issue 9).
    private const int Partners = 100_000;
    private const int Delegations = 400_000;
    private const int Activities = 600_000;
    private const int Agreements = 50_000;
    private const int AidProjects = 30_000;
    private const int TransactionsPerProject = 10;
    private const int Batch = 2_000;
    private const string Author = "generator";

    // Partner countries, weighted roughly as the provinces' registers are: the neighbours first.
    private static readonly string[] PartnerCountries =
        ["CN", "CN", "CN", "LA", "LA", "KH", "KH", "KR", "KR", "JP", "JP", "TH", "US", "FR", "DE", "RU", "AU", "IN", "SG", "MY", "ID", "GB", "IT", "CU", "BY", "NZ"];

    private static readonly string[] Syllables =
        ["an", "bei", "chang", "dao", "fen", "gang", "hai", "jin", "kai", "lin", "ming", "nan", "ping", "qing", "rong", "shan", "tai", "wen", "xiang", "yun", "zhou", "ko", "sa", "ta", "na", "ri", "mo", "vien", "luang", "seo", "bu", "ka"];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Xuân", "Thu"];
    private static readonly string[] GivenNames = ["Hùng", "Dũng", "Hương", "Lan", "Phương", "Tuấn", "Hải", "Long", "Nam", "Thảo", "Trang", "Quang", "Sơn", "Bình", "Cường", "Hà", "Việt", "Thắng", "Yến", "Khánh"];
    private static readonly string[] Sectors = ["11220", "12220", "14030", "31120", "43040", "15110", "23210", "41010"];

    /// <summary>
    /// What in this database is not demo data (the first table found), or null when there is nothing: any record of
    /// any register, any account, any exchange rate the generator did not write. The generator adds records, accounts
    /// and rates, and a made-up rate would change real money totals, so it fills only a database of its own.
    /// </summary>
    public static async Task<string?> RealDataAsync(AppDbContext db, CancellationToken ct)
    {
        var registers = db.Model.GetEntityTypes()
            .Where(e => typeof(ProvinceRecord).IsAssignableFrom(e.ClrType) && e.BaseType is null)
            .Select(e => e.GetTableName()!)
            .Order(StringComparer.Ordinal);
        foreach (var table in registers)
        {
            // The table names come from the model, never from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 FROM \"" + table + "\" WHERE NOT \"IsDemo\" LIMIT 1) AS x";
            if (await db.Database.SqlQueryRaw<int>(sql).SingleAsync(ct) > 0)
            {
                return table;
            }
        }

        if (await db.Users.AnyAsync(u => !u.IsDemo, ct))
        {
            return "accounts";
        }

        return await db.ExchangeRates.AnyAsync(r => r.UpdatedBy != Author, ct) ? "exchange rates" : null;
    }

    public async Task<NationalDatasetResult> HandleAsync(NationalDatasetOptions options, CancellationToken ct = default)
    {
        if (options.Scale is <= 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The scale is a number above 0 and at most 4 (1 is the national size).");
        }

        if (await RealDataAsync(db, ct) is { } real)
        {
            throw new InvalidOperationException($"This database holds records that are not demo data ({real}): the generator only fills a database of its own.");
        }

        if (await db.Delegations.IgnoreQueryFilters().AnyAsync(d => d.CreatedBy == Author, ct))
        {
            throw new InvalidOperationException("This database already holds a generated national dataset.");
        }

        var watch = Stopwatch.StartNew();
        await CreateAccountsAsync(options.Password);
        await AddExchangeRatesAsync(ct);
        var provinces = await db.Provinces.OrderBy(p => p.Id).Select(p => new { p.Id, p.Code, p.NameEn }).ToListAsync(ct);
        var fields = await db.CooperationFields.Select(f => f.Code).OrderBy(c => c).ToListAsync(ct);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["partners"] = 0, ["delegations"] = 0, ["activities"] = 0, ["agreements"] = 0, ["aid projects"] = 0, ["aid transactions"] = 0,
        };

        for (var index = 0; index < provinces.Count; index++)
        {
            var province = provinces[index];
            // Not HashCode.Combine: it is seeded afresh in every process, and the same seed must give the same records.
            var random = new Random(unchecked((options.Seed * 100_003) + index));
            int Share(int total) => (int)Math.Round(total * options.Scale / provinces.Count);

            var partners = await WriteAsync(Share(Partners), n => NewPartner(province.Id, random), ct);
            var byCountry = partners.GroupBy(p => p.CountryCode).ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToArray(), StringComparer.Ordinal);
            var partnerNames = partners.ToDictionary(p => p.Id, p => p.NameEn);
            int? PartnerIn(string country) => byCountry.TryGetValue(country, out var ids) && random.Next(10) < 8 ? ids[random.Next(ids.Length)] : null;

            await WriteAsync(Share(Delegations), _ => NewDelegation(province.Id, random, PartnerIn, partnerNames), ct);
            await WriteAsync(Share(Activities), _ => NewActivity(province.Id, random, PartnerIn), ct);
            await WriteAsync(Share(Agreements), _ => NewAgreement(province.Id, province.NameEn, random, fields, PartnerIn, partnerNames), ct);
            await WriteAsync(Share(AidProjects), _ => NewAidProject(province.Id, random, PartnerIn, partnerNames), ct);

            counts["partners"] += partners.Count;
            counts["delegations"] += Share(Delegations);
            counts["activities"] += Share(Activities);
            counts["agreements"] += Share(Agreements);
            counts["aid projects"] += Share(AidProjects);
            counts["aid transactions"] += Share(AidProjects) * TransactionsPerProject;
            logger.LogInformation("Generated {Province} ({Index}/{Count}) after {Seconds:0} s.", province.Code, index + 1, provinces.Count, watch.Elapsed.TotalSeconds);
        }

        // A bulk load leaves the planner's statistics behind and, on PostgreSQL, the visibility map that index-only
        // scans read: refreshed here, as autovacuum would do on its own some minutes later.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM ANALYZE" : "ANALYZE", ct);
        return new NationalDatasetResult(counts, watch.Elapsed);
    }

    /// <summary>Writes <paramref name="count"/> new records in batches through the bulk path, one transaction per call.</summary>
    private async Task<List<T>> WriteAsync<T>(int count, Func<int, T> make, CancellationToken ct)
        where T : ProvinceRecord
    {
        var written = new List<T>(typeof(T) == typeof(Partner) ? count : 0);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        for (var start = 0; start < count; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, count - start)).Select(make).ToList();
            db.AddRange(batch);
            await db.SaveAddedInBulkAsync(ct);
            if (typeof(T) == typeof(Partner))
            {
                written.AddRange(batch); // their keys were handed out: the province's other records name them
            }
        }

        await db.BulkWriteEndedAsync(rethrow: true);
        await transaction.CommitAsync(ct);
        return written;
    }

    private static DateOnly AnyDay(Random random) => From.AddDays(random.Next(To.DayNumber - From.DayNumber + 1));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string ForeignName(Random random) => Capitalised(Pick(random, Syllables) + Pick(random, Syllables));

    /// <summary>A Vietnamese full name with its diacritics, as officers type them (and as search must find them without).</summary>
    public static string VietnameseName(Random random) => $"{Pick(random, FamilyNames)} {Pick(random, MiddleNames)} {Pick(random, GivenNames)}";

    private static Partner NewPartner(int provinceId, Random random)
    {
        var kind = (PartnerKind)random.Next(0, 13);
        var name = ForeignName(random);
        var country = Pick(random, PartnerCountries);
        return new Partner
        {
            ProvinceId = provinceId,
            Kind = kind,
            NameEn = kind switch
            {
                PartnerKind.ForeignProvince => $"{name} Province",
                PartnerKind.ForeignCity => $"{name} City",
                PartnerKind.ForeignCounty => $"{name} County",
                PartnerKind.Company => $"{name} Trading Company",
                PartnerKind.UniversityOrSchool => $"{name} University",
                _ => $"{name} {kind}",
            },
            CountryCode = country,
            IsDemo = true,
            CreatedBy = Author,
        };
    }

    private static Delegation NewDelegation(int provinceId, Random random, Func<string, int?> partnerIn, Dictionary<int, string> partnerNames)
    {
        var start = AnyDay(random);
        var country = Pick(random, PartnerCountries);
        var partner = partnerIn(country);
        var direction = random.Next(2) == 0 ? DelegationDirection.Inbound : DelegationDirection.Outbound;
        var purpose = (DelegationPurpose)random.Next(0, 6);
        var delegation = new Delegation
        {
            ProvinceId = provinceId,
            Direction = direction,
            Title = partner is { } id ? $"{purpose} delegation, {partnerNames[id]}" : $"{purpose} delegation, {Reference.Countries.NameEn(country)}",
            Purpose = purpose,
            StartDate = start,
            EndDate = start.AddDays(random.Next(0, 8)),
            HeadName = direction == DelegationDirection.Outbound ? VietnameseName(random) : $"{ForeignName(random)} {ForeignName(random)}",
            Level = (DelegationLevel)random.Next(0, 7),
            MemberCount = random.Next(2, 16),
            HostUnit = "Department of Foreign Affairs",
            FundingSource = (FundingSource)random.Next(0, 7),
            Status = random.Next(20) == 0 ? DelegationStatus.Cancelled : DelegationStatus.ReportFiled,
            IsDemo = true,
            CreatedBy = Author,
            Countries = [new DelegationCountry { CountryCode = country }],
            Partners = partner is null ? [] : [new DelegationPartner { PartnerId = partner.Value }],
        };
        if (random.Next(10) == 0)
        {
            delegation.Countries.Add(new DelegationCountry { CountryCode = country == "LA" ? "KH" : "LA" });
        }

        return delegation;
    }

    private static Activity NewActivity(int provinceId, Random random, Func<string, int?> partnerIn)
    {
        var start = AnyDay(random);
        var country = Pick(random, PartnerCountries);
        var partner = partnerIn(country);
        var kind = (ActivityKind)random.Next(0, 13);
        return new Activity
        {
            ProvinceId = provinceId,
            Kind = kind,
            Title = $"{kind} with {Reference.Countries.NameEn(country)} partners, {start:yyyy}",
            StartDate = start,
            EndDate = start.AddDays(random.Next(0, 4)),
            CountryCode = country,
            InProvince = random.Next(3) > 0,
            ParticipantCount = random.Next(10, 300),
            Organiser = "Department of Foreign Affairs",
            Status = random.Next(25) == 0 ? ActivityStatus.Cancelled : ActivityStatus.Held,
            IsDemo = true,
            CreatedBy = Author,
            Partners = partner is null ? [] : [new ActivityPartner { PartnerId = partner.Value }],
        };
    }

    private static Agreement NewAgreement(int provinceId, string provinceName, Random random, IReadOnlyList<string> fields, Func<string, int?> partnerIn, Dictionary<int, string> partnerNames)
    {
        var signed = AnyDay(random);
        var country = Pick(random, PartnerCountries);
        var partner = partnerIn(country);
        var field = Pick(random, fields);
        var validTo = signed.AddYears(5);
        var agreement = new Agreement
        {
            ProvinceId = provinceId,
            Kind = (AgreementKind)random.Next(0, 7),
            Title = $"Cooperation in {field} with {(partner is { } id ? partnerNames[id] : Reference.Countries.NameEn(country))}",
            SignedOn = signed,
            ValidFrom = signed,
            ValidTo = validTo,
            Status = validTo < To ? AgreementStatus.Expired : AgreementStatus.InForce,
            IsDemo = true,
            CreatedBy = Author,
            DomesticParties = [new AgreementDomesticParty { Kind = DomesticPartyKind.Province, Name = $"People's Committee of {provinceName}" }],
            Partners = partner is null ? [] : [new AgreementPartner { PartnerId = partner.Value }],
            Fields = [new AgreementField { FieldCode = field }],
            Events = [new AgreementEvent { Kind = AgreementEventKind.Signed, OccurredOn = signed }],
        };
        return agreement;
    }

    private static AidProject NewAidProject(int provinceId, Random random, Func<string, int?> partnerIn, Dictionary<int, string> partnerNames)
    {
        var start = AnyDay(random);
        var end = start.AddDays(random.Next(180, 1500));
        var country = Pick(random, PartnerCountries);
        var partner = partnerIn(country);
        var value = random.Next(20, 2_000) * 1_000m;
        var project = new AidProject
        {
            ProvinceId = provinceId,
            Title = $"Aid project {ForeignName(random)}: {Pick(random, Sectors)}",
            Form = (AidForm)random.Next(0, 3),
            Status = end < To ? AidStatus.Closed : AidStatus.Implementation,
            PlannedStart = start,
            PlannedEnd = end,
            ActualStart = start,
            ValueAmount = value,
            ValueCurrency = "USD",
            IsDemo = true,
            CreatedBy = Author,
            Participants = [new AidParticipant { Role = ParticipantRole.Funding, PartnerId = partner, Name = partner is { } id ? partnerNames[id] : Reference.Countries.NameEn(country) }],
            Sectors = [new AidSector { Code = Pick(random, Sectors), Percentage = 100 }],
        };
        project.Transactions.Add(new AidTransaction { Kind = AidTransactionKind.Commitment, Date = start, Amount = value, Currency = "USD" });
        var span = Math.Max(1, Math.Min(end.DayNumber, To.DayNumber) - start.DayNumber);
        for (var t = 1; t < TransactionsPerProject; t++)
        {
            project.Transactions.Add(new AidTransaction
            {
                Kind = t % 2 == 1 ? AidTransactionKind.Disbursement : AidTransactionKind.Expenditure,
                Date = start.AddDays(span * t / TransactionsPerProject),
                Amount = Math.Round(value / TransactionsPerProject, 2),
                Currency = "USD",
            });
        }

        return project;
    }

    /// <summary>A dong-per-dollar rate every week of the 25 years, so that every transaction converts.</summary>
    private async Task AddExchangeRatesAsync(CancellationToken ct)
    {
        var have = (await db.ExchangeRates.Where(r => r.CurrencyCode == "USD").Select(r => r.Date).ToListAsync(ct)).ToHashSet();
        var weeks = (To.DayNumber - From.DayNumber) / 7 + 2;
        for (var week = 0; week < weeks; week++)
        {
            var day = From.AddDays(week * 7 - 7);
            if (!have.Contains(day))
            {
                db.ExchangeRates.Add(new ExchangeRate { CurrencyCode = "USD", Date = day, DongPerUnit = 15_000m + week * 8m, UpdatedBy = Author });
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task CreateAccountsAsync(string password)
    {
        var laoCai = await db.Provinces.Where(p => p.Code == OfficerProvince).Select(p => p.Id).SingleAsync();
        foreach (var (email, role, province) in new[] { (OfficerEmail, Roles.Officer, (int?)laoCai), (MinistryEmail, Roles.MinistryReader, null) })
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Benchmark {role}", Role = role, ProvinceId = province, IsDemo = true };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"{email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, role);
        }
    }
}
