using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Aid;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Investment;
using Liaison.Web.Features.Labour;
using Liaison.Web.Features.Mechanisms;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Provinces;
using Liaison.Web.Features.Shared;
using Liaison.Web.Features.Trade;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Reports;

public sealed record YearValue(int Year, decimal? Value);

/// <summary>One line of a breakdown (a country, a purpose, a kind), with the list of its records.</summary>
public sealed record BreakdownLine(string Key, string Label, decimal Value, decimal? Second, string Link);

/// <summary>
/// One figure of the report. <see cref="Link"/> opens the list of exactly the records it counted (the same filters,
/// run by the same code); <see cref="Definition"/> says how it was counted and <see cref="LeftOut"/> what was not.
/// </summary>
/// <param name="Value">Null when a money total needs an exchange rate that is missing (<see cref="Money"/> says which).</param>
/// <param name="Records">How many records the figure rests on: what the link lists.</param>
/// <param name="Previous">The same figure over the period of the same length just before.</param>
public sealed record Indicator(
    string Key, string Title, string Unit, decimal? Value, int Records, decimal? Previous, IReadOnlyList<YearValue> ByYear,
    string Definition, IReadOnlyList<string> LeftOut, string Link, ConvertedTotal? Money = null);

public sealed record Breakdown(string Title, string SecondTitle, IReadOnlyList<BreakdownLine> Lines);

/// <summary>A foreign locality the province works with, where its seat lies, and how many of the province's agreements name it.</summary>
public sealed record PartnerLocality(int Id, string Name, Partners.PartnerKind Kind, string CountryCode, double Latitude, double Longitude, int Agreements, string Link);

public sealed record ReportSection(string Key, string Title, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Breakdown> Breakdowns);

/// <param name="Provinces">The provinces covered, by name.</param>
public sealed record Report(
    DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo, IReadOnlyList<string> Provinces, IReadOnlyList<string> ProvincesVi, string ProvinceCodes,
    bool AllProvinces, string Currency, IReadOnlyList<int> Years, IReadOnlyList<ReportSection> Sections, IReadOnlyList<PartnerLocality>? Localities = null)
{
    public Indicator Find(string key) => Sections.SelectMany(s => s.Indicators).Single(i => i.Key == key);
}

/// <summary>
/// The period report: every figure the records support, each counted with the filter of the list its link opens (the
/// list handler's own Filter, or the amounts its totals sum), so that a figure and the list behind it can't disagree.
/// By year, and beside the previous period of the same length. The big and dated registers are read once over the
/// whole reach and summed by day (ADR 0012's addenda).
/// </summary>
public sealed class BuildReportHandler(
    AppDbContext db, CurrentUser user,
    ConvertMoneyHandler convert, ListInvestmentsHandler investments, Partners.ListPartnersHandler partners,
    TimeProvider clock, IServiceScopeFactory scopes)
{
    /// <summary>
    /// How many report sections the process reads at once, whatever the number of reports: the machine's cores (at most
    /// four). Shared by every report, so a burst of reports holds as many connections as one, not four each (ADR 0021).
    /// </summary>
    private static readonly SemaphoreSlim SectionsAtOnce = new(Math.Clamp(Environment.ProcessorCount, 1, 4));

    public async Task<Result<Report>> HandleAsync(ReportQuery query, CancellationToken ct = default)
    {
        var scope = query.Scope(user, new ValidationErrors());
        if (!scope.Succeeded)
        {
            return scope.Failure!;
        }

        var provinces = scope.Value!;
        var all = provinces.Count == ProvinceCatalog.All.Count;
        var codes = all ? null : string.Join(',', provinces.Select(p => p.Code));
        var (from, to) = query.Period;
        // The previous period has the same length: as many whole months when the period is whole months
        // (2025 is compared with 2024, not with 2 Jan 2024 – 31 Dec 2024), as many days otherwise.
        var previousTo = from.AddDays(-1);
        var wholeMonths = from.Day == 1 && to.AddDays(1).Day == 1;
        var previousFrom = wholeMonths
            ? from.AddMonths(-((to.Year * 12) + to.Month - (from.Year * 12) - from.Month + 1))
            : previousTo.AddDays(from.DayNumber - to.DayNumber);
        var currency = query.SafeCurrency;
        var years = Enumerable.Range(from.Year, to.Year - from.Year + 1).ToList();
        var context = new Context(from, to, previousFrom, previousTo, years, codes, currency, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

        // The sections are independent reads, so they are read a few at a time, each in a scope of its own (its own
        // database context and connection, for the same reader): the database works on one section's statements while
        // the application adds up another's. One after the other, a national report waited on each in turn.
        var reading = new List<Task<ReportSection>>
        {
            InOwnScopeAsync(h => h.PartnerSectionAsync(context, ct)),
            InOwnScopeAsync(h => h.DelegationSectionAsync(context, ct)),
            InOwnScopeAsync(h => h.AgreementSectionAsync(context, ct)),
            InOwnScopeAsync(h => h.ActivitySectionAsync(context, ct)),
            InOwnScopeAsync(h => h.MoneySectionAsync(context, ct)),
            InOwnScopeAsync(h => h.LabourSectionAsync(context, ct)),
            InOwnScopeAsync(h => h.CommitmentSectionAsync(context, ct)),
            InOwnScopeAsync(h => h.CitizenProtectionSectionAsync(context, ct)),
            InOwnScopeAsync(h => h.ApecSectionAsync(context, ct)),
            InOwnScopeAsync(h => h.NgoSectionAsync(context, ct)),
            InOwnScopeAsync(h => h.ExternalInformationSectionAsync(context, ct)),
        };
        var localities = InOwnScopeAsync(h => h.LocalitiesAsync(context, ct));
        // Every read has ended before the report answers, even when one of them fails.
        await Task.WhenAll(reading.Cast<Task>().Append(localities));
        return new Report(from, to, previousFrom, previousTo, provinces.Select(p => p.NameEn).ToList(), provinces.Select(p => p.NameVi).ToList(), codes ?? string.Empty,
            all, currency, years, await Task.WhenAll(reading), await localities);

        async Task<T> InOwnScopeAsync<T>(Func<BuildReportHandler, Task<T>> read)
        {
            await SectionsAtOnce.WaitAsync(ct);
            try
            {
                // Off the caller's thread, so the sections' own work runs side by side too, not only their waits.
                return await Task.Run(async () =>
                {
                    await using var services = scopes.CreateAsyncScope();
                    // The section's context reads its province scope from the request's user. Were that ever not the
                    // same reader, a section would count nothing without a word: refused instead.
                    if (services.ServiceProvider.GetRequiredService<CurrentUser>().UserName != user.UserName)
                    {
                        throw new InvalidOperationException("A report section's services do not read as the report's reader.");
                    }

                    return await read(services.ServiceProvider.GetRequiredService<BuildReportHandler>());
                }, ct);
            }
            finally
            {
                SectionsAtOnce.Release();
            }
        }
    }

    private sealed record Context(DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo, IReadOnlyList<int> Years, string? Province, string Currency, DateOnly Today)
    {
        /// <summary>A figure that is a state of the register today: not cut by year, no previous period.</summary>
        public Indicator State(string key, string title, string unit, decimal? value, int records, string definition, IReadOnlyList<string> leftOut, string link, ConvertedTotal? money = null) =>
            new(key, title, unit, value, records, null, Years.Select(y => new YearValue(y, null)).ToList(), definition, leftOut, link, money);

        /// <summary>The part of each year that lies in the period.</summary>
        public IEnumerable<(int Year, DateOnly From, DateOnly To)> YearSpans() =>
            Years.Select(y => (y, Max(From, new DateOnly(y, 1, 1)), Min(To, new DateOnly(y, 12, 31))));

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        public string Link(string list, params (string Name, string? Value)[] filters) => Link(list, From, To, filters);

        /// <summary>A list link without dates, for a figure that is a state today rather than events of the period.</summary>
        public string Undated(string list, params (string Name, string? Value)[] filters)
        {
            var parts = filters.Where(f => f.Value is not null).Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value!)}");
            if (Province is not null)
            {
                parts = parts.Append($"province={Province}");
            }

            return $"/{list}?{string.Join('&', parts)}";
        }

        public string Link(string list, DateOnly from, DateOnly to, params (string Name, string? Value)[] filters)
        {
            var parts = filters.Where(f => f.Value is not null).Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value!)}")
                .Append($"from={Dates.Format(from, "yyyy-MM-dd")}").Append($"to={Dates.Format(to, "yyyy-MM-dd")}");
            if (Province is not null)
            {
                parts = parts.Append($"province={Province}");
            }

            return $"/{list}?{string.Join('&', parts)}";
        }
    }

    /// <summary>One season of a labour programme, as the labour section sums it.</summary>
    private sealed record LabourSeasonCount(int ProgrammeId, int Year, int WorkersSent, int ReturnedOnTime, int StayedIllegally);

    /// <summary>A figure's value and how many records it rests on, over one span of dates.</summary>
    private readonly record struct Measure(decimal? Value, int Records, ConvertedTotal? Money = null);

    /// <summary>Measures the figure over the period, the previous period and each year, and says how it was counted.</summary>
    private static async Task<Indicator> IndicatorAsync(
        Context c, string key, string title, string unit, string definition, Func<DateOnly, DateOnly, Task<Measure>> measure, string link, IReadOnlyList<string> leftOut)
    {
        var total = await measure(c.From, c.To);
        var previous = await measure(c.PreviousFrom, c.PreviousTo);
        var byYear = new List<YearValue>();
        foreach (var (year, from, to) in c.YearSpans())
        {
            byYear.Add(new YearValue(year, (await measure(from, to)).Value));
        }

        return new Indicator(key, title, unit, total.Value, total.Records, previous.Value, byYear, definition, leftOut, link, total.Money);
    }

    /// <summary>A figure over one span, summed from days: how many records lie in it (of the kind, when given), or the amount they carry.</summary>
    private static Task<Measure> FromDays(DailyTotals days, DateOnly from, DateOnly to, string? kind = null, bool amount = false)
    {
        var (count, sum) = days.Between(from, to, kind);
        return Task.FromResult(new Measure(amount ? sum : count, (int)count));
    }

    /// <summary>The province's partners: a state of the register, not events of the period.</summary>
    private async Task<ReportSection> PartnerSectionAsync(Context c, CancellationToken ct)
    {
        var query = new Partners.PartnerListQuery { Province = c.Province, PageSize = 1 };
        var total = (await partners.HandleAsync(query, ct)).Total;
        var indicator = c.State("partners", "Partners in the register today", "partners", total, total,
            "Foreign provinces, cities, organisations, companies and media the province works with, as the register stands today.", ["archived ones"], c.Undated("partners"));
        var byCountry = (await Partners.ListPartnersHandler.Filter(db.Partners.AsNoTracking(), query).GroupBy(p => p.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BreakdownLine(g.Key, Reference.Countries.NameEn(g.Key), g.Count, null, c.Undated("partners", ("country", g.Key))))
            .ToList();
        return new ReportSection("partners", "Partners", [indicator], [new Breakdown("Partners by country", string.Empty, byCountry)]);
    }

    /// <summary>The partners in the register with a seat on the map, as it stands today, each with the agreements that name it.</summary>
    private async Task<IReadOnlyList<PartnerLocality>> LocalitiesAsync(Context c, CancellationToken ct)
    {
        var placed = Partners.ListPartnersHandler.Filter(db.Partners.AsNoTracking(), new Partners.PartnerListQuery { Province = c.Province })
            .Where(p => p.Latitude != null && p.Longitude != null);
        var rows = await placed
            .Select(p => new
            {
                p.Id, p.NameEn, p.Kind, p.CountryCode, Latitude = p.Latitude!.Value, Longitude = p.Longitude!.Value,
                Agreements = db.Agreements.Count(a => a.ArchivedAt == null && a.Partners.Any(x => x.PartnerId == p.Id)),
            })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Agreements).ThenBy(r => r.NameEn, StringComparer.Ordinal)
            .Select(r => new PartnerLocality(r.Id, r.NameEn, r.Kind, r.CountryCode, r.Latitude, r.Longitude, r.Agreements, $"/partners/{r.Id}"))
            .ToList();
    }

    private async Task<ReportSection> DelegationSectionAsync(Context c, CancellationToken ct)
    {
        // Both directions' counted delegations of the whole reach by the day they began and their direction: one grouped
        // query, not one per direction and span. Every statement here reads both directions at once: on PostgreSQL each
        // reads the same index entries either way (ADR 0021), so one statement for both halves the reading.
        IQueryable<Delegation> Matching(DelegationListQuery query) => ListDelegationsHandler.Filter(db.Delegations.AsNoTracking(), query);
        var days = await DailyTotals.ReadAsync(Matching(Delegations(c, null, c.PreviousFrom, c.To))
            .Select(d => new DatedRecord<DelegationDirection> { Day = d.StartDate, Kind = d.Direction, Amount = d.MemberCount }), ct);

        Task<Measure> Count(DelegationDirection direction, DateOnly from, DateOnly to, bool members) => FromDays(days, from, to, direction.ToString(), members);

        // What the figures leave out, as the list counts it: all the period's delegations (cancelled and rejected too),
        // less the counted ones; and the archived ones.
        var everyStatus = Delegations(c, null, c.From, c.To);
        everyStatus.Counted = null;
        var withCancelled = await Matching(everyStatus).GroupBy(d => d.Direction).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        everyStatus.Archived = true;
        var archived = await Matching(everyStatus).GroupBy(d => d.Direction).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        IReadOnlyList<string> LeftOut(DelegationDirection direction)
        {
            var counted = days.Between(c.From, c.To, direction.ToString()).Count;
            return [$"{withCancelled.GetValueOrDefault(direction) - counted} cancelled or rejected", $"{archived.GetValueOrDefault(direction)} archived", "those whose first day lies outside the period"];
        }

        const string byDay = "counted by the day the visit began";
        var inLink = c.Link("delegations", ("direction", "Inbound"), ("counted", "true"));
        var outLink = c.Link("delegations", ("direction", "Outbound"), ("counted", "true"));
        var inboundLeftOut = LeftOut(DelegationDirection.Inbound);
        var outboundLeftOut = LeftOut(DelegationDirection.Outbound);
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "inbound-delegations", "Inbound delegations", "delegations", $"Foreign delegations received, {byDay}.",
                (f, t) => Count(DelegationDirection.Inbound, f, t, members: false), inLink, inboundLeftOut),
            await IndicatorAsync(c, "inbound-visitors", "International visitors", "people", $"Members of the inbound delegations above, {byDay}.",
                (f, t) => Count(DelegationDirection.Inbound, f, t, members: true), inLink, inboundLeftOut),
            await IndicatorAsync(c, "outbound-delegations", "Outbound delegations", "delegations", $"The province's delegations abroad, {byDay}.",
                (f, t) => Count(DelegationDirection.Outbound, f, t, members: false), outLink, outboundLeftOut),
            await IndicatorAsync(c, "outbound-members", "Members sent abroad", "people", $"Members of the outbound delegations above, {byDay}.",
                (f, t) => Count(DelegationDirection.Outbound, f, t, members: true), outLink, outboundLeftOut),
        };

        // The period's counted delegations by direction, purpose and level in one statement, and by direction and
        // country in another; each breakdown below adds up its part in memory.
        var counted = Matching(Delegations(c, null, c.From, c.To));
        var byPurposeAndLevel = await counted.GroupBy(d => new { d.Direction, d.Purpose, d.Level })
            .Select(g => new { g.Key.Direction, g.Key.Purpose, g.Key.Level, Count = g.Count(), Members = g.Sum(d => (long)d.MemberCount) })
            .ToListAsync(ct);
        // A delegation names each of its countries once, so a country's rows are its delegations.
        var byCountry = await counted.SelectMany(d => d.Countries, (d, x) => new { d.Direction, x.CountryCode, d.MemberCount })
            .GroupBy(x => new { x.Direction, x.CountryCode })
            .Select(g => new { g.Key.Direction, g.Key.CountryCode, Count = g.Count(), Members = g.Sum(x => (long)x.MemberCount) })
            .ToListAsync(ct);

        var breakdowns = new List<Breakdown>();
        foreach (var (direction, people) in new[] { (DelegationDirection.Inbound, "Visitors"), (DelegationDirection.Outbound, "Members") })
        {
            string Link(string filter, string value) => c.Link("delegations", ("direction", direction.ToString()), ("counted", "true"), (filter, value));
            var name = direction == DelegationDirection.Inbound ? "Inbound delegations" : "Outbound delegations";
            var ofDirection = byPurposeAndLevel.Where(g => g.Direction == direction).ToList();
            var byPurpose = ofDirection.GroupBy(g => g.Purpose).Select(g => new { g.Key, Count = g.Sum(x => x.Count), Members = g.Sum(x => x.Members) })
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
                .Select(g => new BreakdownLine(g.Key.ToString(), Wording.Words(g.Key.ToString()), g.Count, g.Members, Link("purpose", g.Key.ToString())))
                .ToList();
            var byLevel = ofDirection.GroupBy(g => g.Level).Select(g => new { g.Key, Count = g.Sum(x => x.Count), Members = g.Sum(x => x.Members) })
                .OrderBy(g => g.Key)
                .Select(g => new BreakdownLine(g.Key.ToString(), Wording.Words(g.Key.ToString()), g.Count, g.Members, Link("level", g.Key.ToString())))
                .ToList();
            var countries = byCountry.Where(g => g.Direction == direction)
                .OrderByDescending(g => g.Count).ThenBy(g => g.CountryCode, StringComparer.Ordinal)
                .Select(g => new BreakdownLine(g.CountryCode, Reference.Countries.NameEn(g.CountryCode), g.Count, g.Members, Link("country", g.CountryCode)))
                .ToList();
            breakdowns.Add(new Breakdown($"{name} by purpose", people, byPurpose));
            breakdowns.Add(new Breakdown($"{name} by level", people, byLevel));
            breakdowns.Add(new Breakdown($"{name} by country", people, countries));
        }

        return new ReportSection("delegations", "Delegations", indicators, breakdowns);
    }

    /// <summary>The counted delegations of the span, of one direction or (null) both.</summary>
    private static DelegationListQuery Delegations(Context c, DelegationDirection? direction, DateOnly from, DateOnly to) =>
        new() { Direction = direction, From = from, To = to, Counted = true, Province = c.Province, PageSize = 1 };

    private async Task<ReportSection> AgreementSectionAsync(Context c, CancellationToken ct)
    {
        AgreementListQuery Signed(DateOnly from, DateOnly to) => new() { From = from, To = to, Province = c.Province, PageSize = 1 };

        // The agreements of the whole reach by the day they were signed: one grouped query, not one list per span.
        var signedDays = await DailyTotals.ReadAsync(Matching(Signed(c.PreviousFrom, c.To)).Select(a => new DatedRecord { Day = a.SignedOn!.Value, Amount = 0 }), ct);
        var archived = Signed(c.From, c.To);
        archived.Archived = true;
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "agreements-signed", "Agreements signed", "agreements",
                "International agreements, memoranda, letters of intent and signed minutes, counted by their signing date.",
                (f, t) => FromDays(signedDays, f, t), c.Link("agreements"), [$"{await Matching(archived).CountAsync(ct)} archived", "those not signed yet, or signed outside the period"]),
        };

        // In force is a state, not an event of the period: counted as the register stands today, whatever the dates.
        var inForce = new AgreementListQuery { Status = AgreementStatus.InForce, Province = c.Province, PageSize = 1 };
        var inForceCount = await Matching(inForce).CountAsync(ct);
        var inForceLink = c.Undated("agreements", ("status", nameof(AgreementStatus.InForce)));
        indicators.Add(c.State("agreements-in-force", "Agreements in force today", "agreements", inForceCount, inForceCount,
            "Agreements whose status is \"in force\" in the register today, whenever they were signed (many older agreements have no recorded signing date).",
            ["archived ones", "those proposed, expired, terminated or not yet in force"], inForceLink));
        // Expiring soon: in force, with a term that ends within six months after the period (or after today, if later).
        var horizonStart = c.To > c.Today ? c.To : c.Today;
        var expiring = new AgreementListQuery { Status = AgreementStatus.InForce, ExpiresFrom = horizonStart, ExpiresTo = horizonStart.AddMonths(6), Province = c.Province, PageSize = 1 };
        var expiringCount = await Matching(expiring).CountAsync(ct);
        indicators.Add(c.State("agreements-expiring", "Agreements expiring within six months", "agreements", expiringCount, expiringCount,
            $"Agreements in force whose term ends between {Dates.Format(horizonStart, "yyyy-MM-dd")} and {Dates.Format(horizonStart.AddMonths(6), "yyyy-MM-dd")}: time to renew or let them lapse.",
            ["agreements without a recorded end of term", "archived ones"],
            c.Undated("agreements", ("status", nameof(AgreementStatus.InForce)), ("expiresFrom", $"{Dates.Format(horizonStart, "yyyy-MM-dd")}"), ("expiresTo", $"{Dates.Format(horizonStart.AddMonths(6), "yyyy-MM-dd")}"))));
        var inForceByCountry = await ByCountryAsync(inForce, country => c.Undated("agreements", ("status", nameof(AgreementStatus.InForce)), ("country", country)));

        var signed = Matching(Signed(c.From, c.To));
        var byKind = (await signed.GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderByDescending(g => g.Count)
            .Select(g => new BreakdownLine(g.Key.ToString(), Wording.Words(g.Key.ToString()), g.Count, null, c.Link("agreements", ("kind", g.Key.ToString()))))
            .ToList();
        var byCountry = await ByCountryAsync(Signed(c.From, c.To), country => c.Link("agreements", ("country", country)));
        // An agreement names each field once; one covering tourism and trade counts under both, as the list's field filter finds it under both.
        var fieldNames = await db.CooperationFields.AsNoTracking().ToDictionaryAsync(f => f.Code, f => f.NameEn, ct);
        var byField = (await signed.SelectMany(a => a.Fields, (a, f) => f.FieldCode).GroupBy(code => code).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BreakdownLine(g.Key, fieldNames.GetValueOrDefault(g.Key, g.Key), g.Count, null, c.Link("agreements", ("field", g.Key))))
            .ToList();
        return new ReportSection("agreements", "Agreements", indicators,
            [new Breakdown("Agreements signed by kind", string.Empty, byKind), new Breakdown("Agreements signed by partner country", string.Empty, byCountry),
             new Breakdown("Agreements signed by field", string.Empty, byField), new Breakdown("Agreements in force by partner country", string.Empty, inForceByCountry)]);

        IQueryable<Agreement> Matching(AgreementListQuery q) => ListAgreementsHandler.Filter(db.Agreements.AsNoTracking(), q);

        // By the partners' countries: an agreement with two partners of one country counts once under it, as the list's country filter finds it once.
        async Task<List<BreakdownLine>> ByCountryAsync(AgreementListQuery q, Func<string, string> link) =>
            (await Matching(q).SelectMany(a => a.Partners, (a, p) => new { a.Id, p.Partner!.CountryCode })
                .GroupBy(x => x.CountryCode).Select(g => new { g.Key, Count = g.Select(x => x.Id).Distinct().Count() }).ToListAsync(ct))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BreakdownLine(g.Key, Reference.Countries.NameEn(g.Key), g.Count, null, link(g.Key)))
            .ToList();
    }

    private async Task<ReportSection> ActivitySectionAsync(Context c, CancellationToken ct)
    {
        ActivityListQuery Query(ActivityKind? kind, DateOnly from, DateOnly to) => new() { Kind = kind, From = from, To = to, Counted = true, Province = c.Province, PageSize = 1 };

        // The counted activities of the whole reach by day and kind: one grouped query, not one per kind and span.
        var days = await DailyTotals.ReadAsync(ListActivitiesHandler.Filter(db.Activities.AsNoTracking(), Query(null, c.PreviousFrom, c.To))
            .Select(a => new DatedRecord<ActivityKind> { Day = a.StartDate, Kind = a.Kind, Amount = a.ParticipantCount ?? 0 }), ct);

        Task<Measure> Count(ActivityKind? kind, DateOnly from, DateOnly to, bool participants) => FromDays(days, from, to, kind?.ToString(), participants);

        // What the figures leave out, as the list counts it, for every kind in two statements: all the period's
        // activities (cancelled ones too) less the counted ones, and the archived ones.
        var everyStatus = Query(null, c.From, c.To);
        everyStatus.Counted = null;
        var withCancelled = await KindCountsAsync(everyStatus);
        everyStatus.Archived = true;
        var archived = await KindCountsAsync(everyStatus);

        async Task<Dictionary<ActivityKind, int>> KindCountsAsync(ActivityListQuery query) =>
            await ListActivitiesHandler.Filter(db.Activities.AsNoTracking(), query).GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        int OfKind(Dictionary<ActivityKind, int> counts, ActivityKind? kind) => kind is { } k ? counts.GetValueOrDefault(k) : counts.Values.Sum();

        IReadOnlyList<string> LeftOut(ActivityKind? kind)
        {
            var counted = days.Between(c.From, c.To, kind?.ToString()).Count;
            return [$"{OfKind(withCancelled, kind) - counted} cancelled", $"{OfKind(archived, kind)} archived", "those whose first day lies outside the period"];
        }

        string Link(ActivityKind? kind) => kind is { } k ? c.Link("activities", ("kind", k.ToString()), ("counted", "true")) : c.Link("activities", ("counted", "true"));
        const string byDay = "counted by the day it began";
        var trainingsLeftOut = LeftOut(ActivityKind.TrainingCourse); // the courses' and the people trained's
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "activities", "Activities", "activities", $"Exchanges, events, trainings, press visits and border activities, {byDay}.",
                (f, t) => Count(null, f, t, participants: false), Link(null), LeftOut(null)),
            await IndicatorAsync(c, "people-to-people", "People-to-people exchanges", "activities", $"Activities of the kind \"people-to-people exchange\", {byDay}.",
                (f, t) => Count(ActivityKind.PeopleToPeopleExchange, f, t, participants: false), Link(ActivityKind.PeopleToPeopleExchange), LeftOut(ActivityKind.PeopleToPeopleExchange)),
            await IndicatorAsync(c, "press-visits", "Foreign press visits", "visits", $"Activities of the kind \"foreign press visit\", {byDay}.",
                (f, t) => Count(ActivityKind.ForeignPressVisit, f, t, participants: false), Link(ActivityKind.ForeignPressVisit), LeftOut(ActivityKind.ForeignPressVisit)),
            await IndicatorAsync(c, "trainings", "Training courses", "courses", $"Activities of the kind \"training course\", {byDay}.",
                (f, t) => Count(ActivityKind.TrainingCourse, f, t, participants: false), Link(ActivityKind.TrainingCourse), trainingsLeftOut),
            await IndicatorAsync(c, "people-trained", "People trained", "people", "Participants of the training courses above, where the record gives a number.",
                (f, t) => Count(ActivityKind.TrainingCourse, f, t, participants: true), Link(ActivityKind.TrainingCourse), trainingsLeftOut),
        };

        // By kind over the period: the period's days of the same read, so no statement of its own.
        var byKind = Enum.GetValues<ActivityKind>()
            .Select(kind => (Kind: kind, Totals: days.Between(c.From, c.To, kind.ToString())))
            .Where(k => k.Totals.Count > 0)
            .OrderByDescending(k => k.Totals.Count).ThenBy(k => k.Kind.ToString(), StringComparer.Ordinal)
            .Select(k => new BreakdownLine(k.Kind.ToString(), Wording.Words(k.Kind.ToString()), k.Totals.Count, k.Totals.Sum, Link(k.Kind)))
            .ToList();
        return new ReportSection("activities", "Exchanges and events", indicators, [new Breakdown("Activities by kind", "Participants", byKind)]);
    }

    private async Task<ReportSection> MoneySectionAsync(Context c, CancellationToken ct)
    {
        AidListQuery Aid(DateOnly from, DateOnly to) => new() { From = from, To = to, Currency = c.Currency, Province = c.Province, PageSize = 1 };
        InvestmentListQuery Fdi(DateOnly from, DateOnly to) => new() { From = from, To = to, Currency = c.Currency, Province = c.Province, PageSize = 1 };
        TradeListQuery Trade(DateOnly from, DateOnly to) => new() { From = from, To = to, Currency = c.Currency, Province = c.Province, PageSize = 1 };

        // The projects of the whole reach by the day they start, and their commitments and disbursements, read once and
        // converted with one rate book: each span's figure is the projects that start in it, as the aid list counts them.
        var aidProjects = ListAidProjectsHandler.Filter(db.Set<AidProject>().AsNoTracking(), Aid(c.PreviousFrom, c.To));
        var aidStarts = await DailyTotals.ReadAsync(aidProjects.Select(a => new DatedRecord { Day = a.PlannedStart, Amount = 0 }), ct);
        var aidMoney = await aidProjects.SelectMany(a => a.Transactions, (a, t) => new { a.PlannedStart, t.Kind, t.Amount, t.Currency, t.Date })
            .Where(t => t.Kind == AidTransactionKind.Commitment || t.Kind == AidTransactionKind.Disbursement)
            .ToListAsync(ct);
        var aidRates = await convert.RatesForAsync([.. aidMoney.Select(t => new DatedAmount(t.Amount, t.Currency, t.Date))], c.Currency, ct);
        var aidByKind = aidMoney.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => ByDate.Of(g, t => t.PlannedStart, t => new DatedAmount(t.Amount, t.Currency, t.Date)));

        Task<Measure> AidMeasure(DateOnly from, DateOnly to, bool disbursed)
        {
            var kind = disbursed ? AidTransactionKind.Disbursement : AidTransactionKind.Commitment;
            var total = aidRates.Total(aidByKind.TryGetValue(kind, out var amounts) ? amounts.Between(from, to) : ArraySegment<DatedAmount>.Empty);
            return Task.FromResult(new Measure(total.Amount, (int)aidStarts.Between(from, to).Count, total));
        }

        // The FDI projects of the whole reach by their certificate's date, and their capital as the list sums it (the
        // registration and each adjustment at its own date), with one rate book: each span's figure is the projects licensed in it.
        var fdiProjects = ListInvestmentsHandler.Filter(db.Set<InvestmentProject>().AsNoTracking(), Fdi(c.PreviousFrom, c.To));
        var fdiLicensed = await DailyTotals.ReadAsync(fdiProjects.Select(p => new DatedRecord { Day = p.CertificateDate, Amount = 0 }), ct);
        var fdiCapital = await ListInvestmentsHandler.CapitalAmountsAsync(db, fdiProjects, ct);
        var fdiRates = await convert.RatesForAsync([.. fdiCapital.Select(a => a.Amount)], c.Currency, ct);

        var fdiByCertificate = ByDate.Of(fdiCapital, a => a.CertificateDate, a => a.Amount);

        Task<Measure> FdiMeasure(DateOnly from, DateOnly to, bool capital)
        {
            var (projects, _) = fdiLicensed.Between(from, to);
            var total = fdiRates.Total(fdiByCertificate.Between(from, to));
            return Task.FromResult(new Measure(capital ? total.Amount : projects, (int)projects, capital ? total : null));
        }

        // The trade figures of the whole reach, each dated the last day of its period as the list converts it, with one rate book.
        var tradeAmounts = await ListTradeHandler.AmountsAsync(ListTradeHandler.Filter(db.Set<TradeFigure>().AsNoTracking(), Trade(c.PreviousFrom, c.To)), ct);
        var tradeRates = await convert.RatesForAsync([.. tradeAmounts.Select(t => t.Amount)], c.Currency, ct);

        var tradeByDirection = tradeAmounts.GroupBy(t => t.Direction).ToDictionary(g => g.Key, g => ByDate.Of(g, t => t.PeriodStart, t => t.Amount));

        Task<Measure> TradeMeasure(DateOnly from, DateOnly to, TradeDirection direction)
        {
            var figures = tradeByDirection.TryGetValue(direction, out var amounts) ? amounts.Between(from, to) : ArraySegment<DatedAmount>.Empty;
            var total = tradeRates.Total(figures);
            return Task.FromResult(new Measure(total.Amount, figures.Count, total));
        }

        var aidLink = c.Link("aid", ("currency", c.Currency));
        var fdiLink = c.Link("investments", ("currency", c.Currency));
        const string archivedOut = "archived records";
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "aid-committed", "Aid committed", c.Currency,
                "Commitments of the non-refundable aid projects that started in the period (all their commitments), each at the rate of its date.",
                (f, t) => AidMeasure(f, t, disbursed: false), aidLink, [archivedOut, "projects that started outside the period"]),
            await IndicatorAsync(c, "aid-disbursed", "Aid disbursed", c.Currency,
                "Disbursements of the same projects, each at the rate of its date.",
                (f, t) => AidMeasure(f, t, disbursed: true), aidLink, [archivedOut, "projects that started outside the period"]),
            await IndicatorAsync(c, "fdi-projects", "FDI projects licensed", "projects", "Foreign direct investment projects whose investment certificate is dated in the period.",
                (f, t) => FdiMeasure(f, t, capital: false), fdiLink, [archivedOut, "projects licensed outside the period"]),
            await IndicatorAsync(c, "fdi-capital", "Registered FDI capital", c.Currency, "The current registered capital of the projects above, at the rate of each certificate's date.",
                (f, t) => FdiMeasure(f, t, capital: true), fdiLink, [archivedOut, "projects licensed outside the period"]),
            await IndicatorAsync(c, "exports", "Exports", c.Currency, "Reported export values for periods that start in the report's period, at the rate of each period's last day.",
                (f, t) => TradeMeasure(f, t, TradeDirection.Export), c.Link("trade", ("direction", "Export"), ("currency", c.Currency)), [archivedOut]),
            await IndicatorAsync(c, "imports", "Imports", c.Currency, "Reported import values, counted the same way.",
                (f, t) => TradeMeasure(f, t, TradeDirection.Import), c.Link("trade", ("direction", "Import"), ("currency", c.Currency)), [archivedOut]),
        };
        // The register as it stands: what the articles quote as "102 FDI projects with 2.3 billion USD", whenever licensed.
        var register = await investments.HandleAsync(new InvestmentListQuery { Currency = c.Currency, Province = c.Province, PageSize = 1 }, ct);
        var registerLink = c.Undated("investments", ("currency", c.Currency));
        indicators.Insert(4, c.State("fdi-projects-register", "FDI projects in the register today", "projects", register.Page.Total, register.Page.Total,
            "Every foreign direct investment project in the register today, whenever it was licensed and whatever its status.", [archivedOut], registerLink));
        indicators.Insert(5, c.State("fdi-capital-register", "Their registered capital", c.Currency, register.Capital.Amount, register.Page.Total,
            "The current registered capital of those projects, at the rate of each certificate's date.", [archivedOut], registerLink, register.Capital));
        return new ReportSection("money", "Aid, investment and trade", indicators, []);
    }

    /// <summary>Seasonal labour: a season is dated by its year, so a season counts when its year lies in the span.</summary>
    private async Task<ReportSection> LabourSectionAsync(Context c, CancellationToken ct)
    {
        // The seasons of the whole reach's years, each with its programme, read once. A span's figure is what the labour
        // list gives for it: the programmes with a season in the span's years, and the sums of those seasons. A programme
        // counts once in a span however many of its years it has seasons in, so the years are not added up.
        var reach = new LabourListQuery { From = c.PreviousFrom, To = c.To, Province = c.Province };
        var (firstYear, lastYear) = (reach.FirstYear, reach.LastYear);
        var seasons = await ListLabourProgrammesHandler.Filter(db.Set<LabourProgramme>().AsNoTracking(), reach)
            .SelectMany(p => p.Seasons.Where(s => s.Year >= firstYear && s.Year <= lastYear),
                (p, s) => new LabourSeasonCount(p.Id, s.Year, s.WorkersSent, s.ReturnedOnTime, s.StayedIllegally))
            .ToListAsync(ct);

        Task<Measure> Sum(DateOnly from, DateOnly to, Func<LabourSeasonCount, int>? people)
        {
            var inSpan = seasons.Where(s => s.Year >= from.Year && s.Year <= to.Year).ToList();
            var programmes = inSpan.Select(s => s.ProgrammeId).Distinct().Count();
            return Task.FromResult(new Measure(people is null ? programmes : inSpan.Sum(people), programmes));
        }

        var archived = await ListLabourProgrammesHandler.Filter(db.Set<LabourProgramme>().AsNoTracking(), new LabourListQuery { From = c.From, To = c.To, Province = c.Province, Archived = true }).CountAsync(ct);
        IReadOnlyList<string> leftOut = [$"{archived} archived", "seasons of years outside the period"];
        var link = c.Link("labour");
        const string byYear = "A season is counted in the year it is recorded under; a period that begins or ends within a year counts that year's seasons whole.";
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "labour-programmes", "Labour programmes with a season", "programmes", $"Seasonal-labour programmes with at least one season in the period. {byYear}",
                (f, t) => Sum(f, t, null), link, leftOut),
            await IndicatorAsync(c, "workers-sent", "Workers sent abroad", "people", $"Workers sent in the seasons of the period, summed over the programmes above. {byYear}",
                (f, t) => Sum(f, t, s => s.WorkersSent), link, leftOut),
            await IndicatorAsync(c, "workers-returned", "Workers back on time", "people", "Of those, the workers who came back when their contract ended.",
                (f, t) => Sum(f, t, s => s.ReturnedOnTime), link, leftOut),
            await IndicatorAsync(c, "workers-stayed", "Workers who stayed on illegally", "people", "Of those, the workers who stayed abroad after their contract ended.",
                (f, t) => Sum(f, t, s => s.StayedIllegally), link, leftOut),
        };
        // Seasons are dated by year, so only a period of whole calendar years has a previous period that doesn't share them.
        var wholeYears = c.From is { Month: 1, Day: 1 } && c.To is { Month: 12, Day: 31 };
        return new ReportSection("labour", "Labour programmes", wholeYears ? indicators : [.. indicators.Select(i => i with { Previous = null })], []);
    }

    /// <summary>
    /// Citizen protection: cases opened and closed, and people received back at the border, counted by the case list
    /// itself. Counts only: every reader of the province may see them, and no name is read to make them (ADR 0017).
    /// </summary>
    private async Task<ReportSection> CitizenProtectionSectionAsync(Context c, CancellationToken ct)
    {
        CitizenProtection.CitizenCaseListQuery Query(CitizenProtection.CaseDate dated, DateOnly from, DateOnly to) =>
            new() { Dated = dated, From = from, To = to, Province = c.Province, PageSize = 1 };

        IQueryable<CitizenProtection.CitizenCase> Matching(CitizenProtection.CitizenCaseListQuery query) =>
            CitizenProtection.ListCitizenCasesHandler.Filter(db.CitizenCases.AsNoTracking(), query, user.HandlesCitizenCases);

        // The cases of the whole reach by each of their dates, with their people: one grouped query a date, not one list per span.
        var days = new Dictionary<CitizenProtection.CaseDate, DailyTotals>
        {
            [CitizenProtection.CaseDate.Opened] = await DailyTotals.ReadAsync(Matching(Query(CitizenProtection.CaseDate.Opened, c.PreviousFrom, c.To))
                .Select(x => new DatedRecord { Day = x.RequestReceivedOn, Amount = x.PeopleCount }), ct),
            [CitizenProtection.CaseDate.Closed] = await DailyTotals.ReadAsync(Matching(Query(CitizenProtection.CaseDate.Closed, c.PreviousFrom, c.To))
                .Select(x => new DatedRecord { Day = x.ClosedOn!.Value, Amount = x.PeopleCount }), ct),
            [CitizenProtection.CaseDate.Received] = await DailyTotals.ReadAsync(Matching(Query(CitizenProtection.CaseDate.Received, c.PreviousFrom, c.To))
                .Select(x => new DatedRecord { Day = x.ReceivedAtBorderOn!.Value, Amount = x.PeopleCount }), ct),
        };
        Task<Measure> Count(CitizenProtection.CaseDate dated, DateOnly from, DateOnly to, bool people) => FromDays(days[dated], from, to, amount: people);

        var archivedQuery = Query(CitizenProtection.CaseDate.Opened, c.From, c.To);
        archivedQuery.Archived = true;
        var archived = await Matching(archivedQuery).CountAsync(ct);
        IReadOnlyList<string> leftOut = [$"{archived} archived"];
        string Link(CitizenProtection.CaseDate dated, params (string Name, string? Value)[] filters) =>
            c.Link("cases", [("dated", dated.ToString()), .. filters]);
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "cases-opened", "Citizen protection cases opened", "cases",
                "Cases of people of the province in difficulty abroad or sent back, counted by the day the request or notice was received. A group received at a gate on one day is one case.",
                (f, t) => Count(CitizenProtection.CaseDate.Opened, f, t, people: false), Link(CitizenProtection.CaseDate.Opened), leftOut),
            await IndicatorAsync(c, "case-people", "People in those cases", "people", "The people named in the cases opened, summed over the cases.",
                (f, t) => Count(CitizenProtection.CaseDate.Opened, f, t, people: true), Link(CitizenProtection.CaseDate.Opened), leftOut),
            await IndicatorAsync(c, "cases-closed", "Cases closed", "cases", "Cases closed in the period, whenever they were opened.",
                (f, t) => Count(CitizenProtection.CaseDate.Closed, f, t, people: false), Link(CitizenProtection.CaseDate.Closed), leftOut),
            await IndicatorAsync(c, "people-received", "People received back at the border", "people",
                "The people of the cases whose people were received at the border in the period, counted by that day.",
                (f, t) => Count(CitizenProtection.CaseDate.Received, f, t, people: true), Link(CitizenProtection.CaseDate.Received), leftOut),
        };

        // Opened and closed, each by kind and by country: the same list, read by the day the case was opened or closed.
        var breakdowns = new List<Breakdown>();
        foreach (var (dated, name) in new[] { (CitizenProtection.CaseDate.Opened, "Cases opened"), (CitizenProtection.CaseDate.Closed, "Cases closed") })
        {
            var counted = Matching(Query(dated, c.From, c.To));
            var byKind = (await counted.GroupBy(x => x.Kind).Select(g => new { g.Key, Count = g.Count(), People = g.Sum(x => (long)x.PeopleCount) }).ToListAsync(ct))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
                .Select(g => new BreakdownLine(g.Key.ToString(), Wording.Words(g.Key.ToString()), g.Count, g.People, Link(dated, ("kind", g.Key.ToString()))))
                .ToList();
            var byCountry = (await counted.GroupBy(x => x.CountryCode).Select(g => new { g.Key, Count = g.Count(), People = g.Sum(x => (long)x.PeopleCount) }).ToListAsync(ct))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new BreakdownLine(g.Key, Reference.Countries.NameEn(g.Key), g.Count, g.People, Link(dated, ("country", g.Key))))
                .ToList();
            breakdowns.Add(new Breakdown($"{name} by kind", "People", byKind));
            breakdowns.Add(new Breakdown($"{name} by country", "People", byCountry));
        }

        return new ReportSection("citizen-protection", "Citizen protection", indicators, breakdowns);
    }

    /// <summary>The external-information programme: what the province put out, by channel, with its reach; the claims it followed up and answered.</summary>
    private async Task<ReportSection> ExternalInformationSectionAsync(Context c, CancellationToken ct)
    {
        ExternalInformation.ExternalInfoListQuery Query(DateOnly from, DateOnly to, bool published, bool? answered = null) =>
            new() { From = from, To = to, Published = published, Answered = answered, Province = c.Province, PageSize = 1 };

        IQueryable<ExternalInformation.ExternalInfoItem> Matching(ExternalInformation.ExternalInfoListQuery query) =>
            ExternalInformation.ListExternalInfoHandler.Filter(db.ExternalInfoItems.AsNoTracking(), query);

        // Each figure's list over the whole reach, by the day the item came out or the claim was seen, with the reach:
        // one grouped query a list, not one list per span.
        Task<DailyTotals> ByDayAsync(ExternalInformation.ExternalInfoListQuery query) =>
            DailyTotals.ReadAsync(Matching(query).Select(i => new DatedRecord { Day = i.OccurredOn, Amount = i.Reach ?? 0 }), ct);
        var putOut = await ByDayAsync(Query(c.PreviousFrom, c.To, published: true));
        var claims = await ByDayAsync(Query(c.PreviousFrom, c.To, published: false));
        var answered = await ByDayAsync(Query(c.PreviousFrom, c.To, published: false, answered: true));

        var archivedQuery = Query(c.From, c.To, published: true);
        archivedQuery.Archived = true;
        IReadOnlyList<string> leftOut = [$"{await Matching(archivedQuery).CountAsync(ct)} archived"];
        var published = c.Link("information", ("published", "true"));
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "information-items", "External-information items put out", "items",
                "Publications, press releases, news items and campaigns about the province's foreign affairs, counted by the day they came out.",
                (f, t) => FromDays(putOut, f, t), published, leftOut),
            await IndicatorAsync(c, "information-reach", "Audience reached", "people", "The readers, viewers and views of those items, where known, summed.",
                (f, t) => FromDays(putOut, f, t, amount: true), published, [.. leftOut, "items whose reach is not known"]),
            await IndicatorAsync(c, "claims-monitored", "Claims followed up", "claims", "Distorted claims about the province seen online or in the press, counted by the day they were seen.",
                (f, t) => FromDays(claims, f, t), c.Link("information", ("published", "false")), leftOut),
            await IndicatorAsync(c, "claims-answered", "Claims answered", "claims", "Of those, the ones the province has answered, as they stand today.",
                (f, t) => FromDays(answered, f, t), c.Link("information", ("published", "false"), ("answered", "true")), leftOut),
        };
        var items = Matching(Query(c.From, c.To, published: true));
        var byChannel = (await items.GroupBy(i => i.Channel).Select(g => new { g.Key, Count = g.Count(), Reach = g.Sum(i => (long)(i.Reach ?? 0)) }).ToListAsync(ct))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
            .Select(g => new BreakdownLine(g.Key.ToString(), Wording.Words(g.Key.ToString()), g.Count, g.Reach, c.Link("information", ("published", "true"), ("channel", g.Key.ToString()))))
            .ToList();
        return new ReportSection("information", "External information", indicators, [new Breakdown("Items put out by channel", "Reach", byChannel)]);
    }

    /// <summary>Foreign NGOs registered in the province in the period, and the yearly reports they sent in it.</summary>
    private async Task<ReportSection> NgoSectionAsync(Context c, CancellationToken ct)
    {
        IQueryable<Ngos.ForeignNgo> Matching(Ngos.ForeignNgoListQuery query) => Ngos.ListForeignNgosHandler.Filter(db.Set<Ngos.ForeignNgo>().AsNoTracking(), query, c.Today);

        // The NGOs registered on some day of the whole reach, with the days their yearly reports were received, read
        // once. A span's figure is what the NGO list gives for it: those whose registration overlaps the span, and their
        // reports received in it. An NGO registered for years counts in each of them, so the years are not added up.
        var registered = await Matching(new Ngos.ForeignNgoListQuery { From = c.PreviousFrom, To = c.To, Province = c.Province })
            .Select(n => new { n.ValidFrom, n.ValidTo, Received = n.Reports.Where(r => r.ReceivedOn != null).Select(r => r.ReceivedOn!.Value).ToList() })
            .ToListAsync(ct);

        Task<Measure> Count(DateOnly from, DateOnly to, bool reports)
        {
            var inSpan = registered.Where(n => n.ValidTo >= from && n.ValidFrom <= to).ToList();
            var received = inSpan.Sum(n => n.Received.Count(day => day >= from && day <= to));
            return Task.FromResult(new Measure(reports ? received : inSpan.Count, inSpan.Count));
        }

        var archived = await Matching(new Ngos.ForeignNgoListQuery { From = c.From, To = c.To, Province = c.Province, Archived = true }).CountAsync(ct);
        IReadOnlyList<string> leftOut = [$"{archived} archived"];
        var link = c.Link("ngos");
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "ngos-active", "Foreign NGOs registered", "organisations",
                "Foreign NGOs whose registration certificate for the province was valid on at least one day of the period.",
                (f, t) => Count(f, t, reports: false), link, leftOut),
            await IndicatorAsync(c, "ngo-reports-received", "Yearly reports received from them", "reports",
                "The yearly reports those NGOs sent that were received in the period, whatever year they cover.",
                (f, t) => Count(f, t, reports: true), link, leftOut),
        };
        return new ReportSection("ngos", "Foreign NGOs", indicators, []);
    }

    /// <summary>APEC business travel cards: applications received and cards issued in the period, and the cards in force today.</summary>
    private async Task<ReportSection> ApecSectionAsync(Context c, CancellationToken ct)
    {
        Apec.ApecListQuery Query(Apec.ApecDate dated, DateOnly from, DateOnly to) => new() { Dated = dated, From = from, To = to, Province = c.Province, PageSize = 1 };
        IQueryable<Apec.ApecApplication> Matching(Apec.ApecListQuery query) => Apec.ListApecApplicationsHandler.Filter(db.ApecApplications.AsNoTracking(), query, c.Today);

        // Applications of the whole reach by the day they were received, and cards by the day of issue: one grouped query each, not one list per span.
        var received = await DailyTotals.ReadAsync(Matching(Query(Apec.ApecDate.Received, c.PreviousFrom, c.To)).Select(a => new DatedRecord { Day = a.ReceivedOn, Amount = 0 }), ct);
        var issued = await DailyTotals.ReadAsync(Matching(Query(Apec.ApecDate.CardIssued, c.PreviousFrom, c.To)).Select(a => new DatedRecord { Day = a.CardIssuedOn!.Value, Amount = 0 }), ct);

        var archivedQuery = Query(Apec.ApecDate.Received, c.From, c.To);
        archivedQuery.Archived = true;
        IReadOnlyList<string> leftOut = [$"{await Matching(archivedQuery).CountAsync(ct)} archived"];
        var inForce = await Matching(new Apec.ApecListQuery { InForce = true, Province = c.Province }).CountAsync(ct);
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "apec-applications", "APEC card applications received", "applications",
                "Applications for an APEC business travel card from the province's businesses, counted by the day they were received.",
                (f, t) => FromDays(received, f, t), c.Link("apec", ("dated", nameof(Apec.ApecDate.Received))), leftOut),
            await IndicatorAsync(c, "apec-cards-issued", "APEC cards issued", "cards", "Cards issued in the period, counted by the day of issue.",
                (f, t) => FromDays(issued, f, t), c.Link("apec", ("dated", nameof(Apec.ApecDate.CardIssued))), leftOut),
            c.State("apec-cards-in-force", "APEC cards in force today", "cards", inForce, inForce, "Cards issued and not yet expired, as the register stands today.",
                ["expired cards"], c.Undated("apec", ("inForce", "true"))),
        };
        return new ReportSection("apec", "APEC business travel cards", indicators, []);
    }

    /// <summary>What the mechanisms' sessions in the period committed to, and how much of it was kept; statuses as they stand today.</summary>
    private async Task<ReportSection> CommitmentSectionAsync(Context c, CancellationToken ct)
    {
        CommitmentListQuery Query(DateOnly from, DateOnly to, CommitmentStatus? status = null, bool? pending = null) =>
            new() { From = from, To = to, Status = status, Pending = pending, Province = c.Province, PageSize = 1 };

        // Each figure's list over the whole reach, by the day its session began: one grouped query a figure, not one list per span.
        Task<DailyTotals> ByDayAsync(CommitmentListQuery query) =>
            DailyTotals.ReadAsync(ListCommitmentsHandler.Rows(db, query).Select(r => new DatedRecord { Day = r.SessionDate, Amount = 0 }), ct);
        var made = await ByDayAsync(Query(c.PreviousFrom, c.To));
        var kept = await ByDayAsync(Query(c.PreviousFrom, c.To, CommitmentStatus.Done));
        var pending = await ByDayAsync(Query(c.PreviousFrom, c.To, pending: true));

        var dropped = await ListCommitmentsHandler.Rows(db, Query(c.From, c.To, CommitmentStatus.Dropped)).CountAsync(ct);
        var archivedQuery = Query(c.From, c.To);
        archivedQuery.Archived = true;
        var archived = await ListCommitmentsHandler.Rows(db, archivedQuery).CountAsync(ct);
        IReadOnlyList<string> sessionsLeftOut = [$"{archived} of archived sessions or mechanisms", "those of sessions outside the period"];
        const string shared = "A mechanism is shared by its member provinces, so each member's report counts its sessions.";
        var indicators = new List<Indicator>
        {
            await IndicatorAsync(c, "commitments-made", "Commitments made at sessions", "commitments",
                $"Commitments agreed at the sessions of the cooperation mechanisms held in the period, counted by the day the session began. {shared}",
                (f, t) => FromDays(made, f, t), c.Link("commitments"), sessionsLeftOut),
            await IndicatorAsync(c, "commitments-kept", "Commitments kept", "commitments", "Of those, the ones marked done, as their status stands today.",
                (f, t) => FromDays(kept, f, t), c.Link("commitments", ("status", nameof(CommitmentStatus.Done))), sessionsLeftOut),
            await IndicatorAsync(c, "commitments-pending", "Commitments pending", "commitments", "Of those, the ones still open or in progress today.",
                (f, t) => FromDays(pending, f, t), c.Link("commitments", ("pending", "true")), [.. sessionsLeftOut, $"{dropped} dropped"]),
        };
        return new ReportSection("commitments", "Session commitments", indicators, []);
    }
}
