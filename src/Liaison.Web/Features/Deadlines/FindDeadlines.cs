using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Deadlines;

/// <summary>
/// Something due by a date: a rule applied to a record (the trip report of one delegation), a rule of the
/// calendar year (the annual report), or a commitment's due date.
/// </summary>
/// <param name="Key">
/// Names the item for good: rule, record and the anchor's date. Marking done and reminding use it. Not the due date:
/// a holiday entered later moves the due date, and must not bring back an item already done or remind of it again.
/// </param>
/// <param name="RuleText">How the date was reached: "15 days after the return of an outbound delegation".</param>
/// <param name="CanBeMarkedDone">False when the item leaves by itself (a status reached, a commitment closed).</param>
public sealed record DeadlineItem(
    string Key,
    int ProvinceId,
    string What,
    string RuleText,
    string RecordTitle,
    string Link,
    DateOnly AnchorDate,
    DateOnly DueDate,
    bool CanBeMarkedDone);

/// <summary>Whose deadlines: the signed-in user's (their province and, for a unit, their unit's records), or every province's (the reminder sweep).</summary>
public sealed record DeadlineScope(bool EveryProvince, int? ProvinceId, bool UnitOnly)
{
    public static DeadlineScope Everyone { get; } = new(EveryProvince: true, ProvinceId: null, UnitOnly: false);
}

/// <summary>
/// Works out the open deadline items up to a day from the rules table, the holiday calendar and the records.
/// Nothing is stored per item: edit a rule, move a trip or add a holiday and the dates follow at once. An item
/// leaves when its record reaches the rule's status, when someone marks it done, or when its record is archived,
/// cancelled or rejected.
/// </summary>
public sealed class DeadlineFinder(AppDbContext db)
{
    /// <summary>A commitment's due date shows in the same list.</summary>
    public const string CommitmentWhat = "Commitment due";

    public async Task<List<DeadlineItem>> FindAsync(DeadlineScope scope, DateOnly until, CancellationToken ct = default)
    {
        var rules = await db.Set<DeadlineRule>().AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Id).ToListAsync(ct);
        var calendar = new WorkingCalendar(await db.Set<Holiday>().AsNoTracking().Select(h => h.Date).ToListAsync(ct));
        var items = new List<DeadlineItem>();
        foreach (var rule in rules)
        {
            // Anchors far enough ahead to fall due by `until`: a working day is never more than a few calendar days.
            var latestAnchor = until.AddDays(Math.Max(0, -rule.Offset) * 3 + 30);
            var found = rule.Anchor switch
            {
                DeadlineAnchor.OutboundDeparture or DeadlineAnchor.OutboundReturn or DeadlineAnchor.InboundArrival or DeadlineAnchor.InboundDeparture
                    => await DelegationItemsAsync(rule, calendar, latestAnchor, ct),
                DeadlineAnchor.AgreementSigning or DeadlineAnchor.AgreementChange when !scope.UnitOnly
                    => await AgreementItemsAsync(rule, calendar, latestAnchor, ct),
                DeadlineAnchor.ConferenceStart or DeadlineAnchor.ConferenceEnd
                    => await ConferenceItemsAsync(rule, calendar, latestAnchor, ct),
                DeadlineAnchor.FixedDateInYear when !scope.UnitOnly
                    => await YearItemsAsync(rule, calendar, scope, until, ct),
                DeadlineAnchor.NgoCertificateExpiry or DeadlineAnchor.NgoYearEnd when !scope.UnitOnly
                    => await NgoItemsAsync(rule, calendar, latestAnchor, ct),
                _ => [],
            };
            items.AddRange(found.Where(i => i.DueDate <= until));
        }

        if (!scope.UnitOnly)
        {
            items.AddRange(await CommitmentItemsAsync(until, ct));
            items.AddRange(await SessionCommitmentItemsAsync(until, ct));
        }

        var provinces = items.Select(i => i.ProvinceId).Distinct().ToList();
        var done = (await db.Set<DeadlineDone>().AsNoTracking().Where(d => provinces.Contains(d.ProvinceId))
            .Select(d => new { d.ProvinceId, d.ItemKey }).ToListAsync(ct))
            .Select(d => (d.ProvinceId, d.ItemKey)).ToHashSet();
        return items.Where(i => !done.Contains((i.ProvinceId, i.Key)))
            .OrderBy(i => i.DueDate).ThenBy(i => i.What, StringComparer.Ordinal).ThenBy(i => i.Key, StringComparer.Ordinal)
            .ToList();

        IQueryable<T> Records<T>()
            where T : ProvinceRecord => scope.EveryProvince ? db.Set<T>().IgnoreQueryFilters().AsNoTracking() : db.Set<T>().AsNoTracking();

        async Task<List<DeadlineItem>> DelegationItemsAsync(DeadlineRule rule, WorkingCalendar calendar, DateOnly latest, CancellationToken ct)
        {
            var direction = rule.Anchor is DeadlineAnchor.OutboundDeparture or DeadlineAnchor.OutboundReturn ? DelegationDirection.Outbound : DelegationDirection.Inbound;
            var byStart = rule.Anchor is DeadlineAnchor.OutboundDeparture or DeadlineAnchor.InboundArrival;
            var query = Records<Delegation>().Where(d => d.ArchivedAt == null && d.Direction == direction
                && d.Status != DelegationStatus.Cancelled && d.Status != DelegationStatus.Rejected);
            query = byStart
                ? query.Where(d => d.StartDate >= rule.AppliesFrom && d.StartDate <= latest)
                : query.Where(d => d.EndDate >= rule.AppliesFrom && d.EndDate <= latest);
            query = rule.DoneWhen switch
            {
                DoneWhen.DelegationFiled => query.Where(d => d.Status == DelegationStatus.Draft),
                DoneWhen.DelegationReportFiled => query.Where(d => d.Status != DelegationStatus.ReportFiled),
                _ => query,
            };
            var rows = await query.Select(d => new { d.Id, d.ProvinceId, d.Title, d.StartDate, d.EndDate }).ToListAsync(ct);
            return rows.Select(d => Item(rule, calendar, d.ProvinceId, "delegation", d.Id, d.Title, $"/delegations/{d.Id}", byStart ? d.StartDate : d.EndDate)).ToList();
        }

        async Task<List<DeadlineItem>> AgreementItemsAsync(DeadlineRule rule, WorkingCalendar calendar, DateOnly latest, CancellationToken ct)
        {
            var agreements = Records<Agreement>().Where(a => a.ArchivedAt == null);
            if (rule.Anchor == DeadlineAnchor.AgreementSigning)
            {
                var signed = await agreements.Where(a => a.SignedOn != null && a.SignedOn >= rule.AppliesFrom && a.SignedOn <= latest)
                    .Select(a => new { a.Id, a.ProvinceId, a.Title, SignedOn = a.SignedOn!.Value }).ToListAsync(ct);
                return signed.Select(a => Item(rule, calendar, a.ProvinceId, "agreement", a.Id, a.Title, $"/agreements/{a.Id}", a.SignedOn)).ToList();
            }

            var changes = await db.Set<AgreementEvent>().AsNoTracking()
                .Where(e => e.Kind != AgreementEventKind.Signed && e.OccurredOn >= rule.AppliesFrom && e.OccurredOn <= latest)
                .Join(agreements, e => e.AgreementId, a => a.Id, (e, a) => new { e.Id, e.Kind, e.OccurredOn, AgreementId = a.Id, a.ProvinceId, a.Title })
                .ToListAsync(ct);
            return changes.Select(c => Item(rule, calendar, c.ProvinceId, "agreement-event", c.Id, $"{c.Title} ({c.Kind.ToString().ToLowerInvariant()})", $"/agreements/{c.AgreementId}", c.OccurredOn)).ToList();
        }

        async Task<List<DeadlineItem>> ConferenceItemsAsync(DeadlineRule rule, WorkingCalendar calendar, DateOnly latest, CancellationToken ct)
        {
            var byStart = rule.Anchor == DeadlineAnchor.ConferenceStart;
            var query = Records<Activity>().Where(a => a.ArchivedAt == null && a.Kind == ActivityKind.ConferenceOrSeminar && a.Status != ActivityStatus.Cancelled);
            query = byStart
                ? query.Where(a => a.StartDate >= rule.AppliesFrom && a.StartDate <= latest)
                : query.Where(a => a.EndDate >= rule.AppliesFrom && a.EndDate <= latest);
            var rows = await query.Select(a => new { a.Id, a.ProvinceId, a.Title, a.StartDate, a.EndDate }).ToListAsync(ct);
            return rows.Select(a => Item(rule, calendar, a.ProvinceId, "activity", a.Id, a.Title, $"/activities/{a.Id}", byStart ? a.StartDate : a.EndDate)).ToList();
        }

        async Task<List<DeadlineItem>> YearItemsAsync(DeadlineRule rule, WorkingCalendar calendar, DeadlineScope scope, DateOnly until, CancellationToken ct)
        {
            if (rule.FixedMonth is not { } month || rule.FixedDay is not { } day)
            {
                return [];
            }

            // The ministry's own view has no province of its own to report from; the sweep reminds every province.
            var provinces = scope.EveryProvince
                ? await db.Provinces.AsNoTracking().Select(p => p.Id).ToListAsync(ct)
                : scope.ProvinceId is { } own ? [own] : [];
            var list = new List<DeadlineItem>();
            for (var year = rule.AppliesFrom.Year; year <= until.Year; year++)
            {
                var anchor = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
                if (anchor < rule.AppliesFrom)
                {
                    continue;
                }

                list.AddRange(provinces.Select(p => Item(rule, calendar, p, "year", year, Infrastructure.Text.Messages.Translate($"Year {year}"), $"/due?when=all#r{rule.Id}-{year}", anchor)));
            }

            return list;
        }

        // A certificate's expiry is one anchor per NGO; the year's end one per year the certificate covers. A renewed
        // certificate moves the expiry, so the old item goes and a new one comes; a report received ends its year's item.
        async Task<List<DeadlineItem>> NgoItemsAsync(DeadlineRule rule, WorkingCalendar calendar, DateOnly latest, CancellationToken ct)
        {
            var ngos = await Records<Ngos.ForeignNgo>().Where(n => n.ArchivedAt == null)
                .Select(n => new { n.Id, n.ProvinceId, Name = n.Partner!.NameEn, n.ValidFrom, n.ValidTo, Received = n.Reports.Where(r => r.ReceivedOn != null).Select(r => r.Year).ToList() })
                .ToListAsync(ct);
            var list = new List<DeadlineItem>();
            foreach (var n in ngos)
            {
                if (rule.Anchor == DeadlineAnchor.NgoCertificateExpiry)
                {
                    if (n.ValidTo >= rule.AppliesFrom && n.ValidTo <= latest)
                    {
                        list.Add(Item(rule, calendar, n.ProvinceId, "ngo", n.Id, n.Name, $"/ngos/{n.Id}", n.ValidTo));
                    }

                    continue;
                }

                for (var year = n.ValidFrom.Year; year <= n.ValidTo.Year; year++)
                {
                    var end = new DateOnly(year, 12, 31);
                    if (end >= rule.AppliesFrom && end <= latest && (rule.DoneWhen != DoneWhen.NgoReportReceived || !n.Received.Contains(year)))
                    {
                        list.Add(Item(rule, calendar, n.ProvinceId, "ngo-year", n.Id, $"{n.Name} ({year})", $"/ngos/{n.Id}", end));
                    }
                }
            }

            return list;
        }

        async Task<List<DeadlineItem>> CommitmentItemsAsync(DateOnly until, CancellationToken ct)
        {
            var rows = await db.Set<Commitment>().AsNoTracking()
                .Where(c => c.DueDate != null && c.DueDate <= until && (c.Status == CommitmentStatus.Open || c.Status == CommitmentStatus.InProgress))
                .Join(Records<Agreement>().Where(a => a.ArchivedAt == null), c => c.AgreementId, a => a.Id,
                    (c, a) => new { c.Id, c.Description, c.OwnerUnit, Due = c.DueDate!.Value, AgreementId = a.Id, a.ProvinceId, a.Title })
                .ToListAsync(ct);
            return rows.Select(c => new DeadlineItem(
                $"commitment:{c.Id}:{c.Due:yyyy-MM-dd}", c.ProvinceId, $"{CommitmentWhat}: {c.Description}", $"owned by {c.OwnerUnit}",
                c.Title, $"/agreements/{c.AgreementId}", c.Due, c.Due, CanBeMarkedDone: false)).ToList();
        }

        // A session's directions are shared like the session: every member province sees them fall due.
        async Task<List<DeadlineItem>> SessionCommitmentItemsAsync(DateOnly until, CancellationToken ct)
        {
            var rows = await db.Set<Mechanisms.SessionCommitment>().AsNoTracking()
                .Where(c => c.DueDate != null && c.DueDate <= until && (c.Status == CommitmentStatus.Open || c.Status == CommitmentStatus.InProgress))
                .Join(Records<Mechanisms.MechanismSession>().Where(s => s.ArchivedAt == null), c => c.MechanismSessionId, s => s.Id,
                    (c, s) => new { c.Id, c.Description, c.Owner, Due = c.DueDate!.Value, SessionId = s.Id, s.ProvinceId, s.Number, MechanismName = s.Mechanism!.Name })
                .ToListAsync(ct);
            return rows.Select(c => new DeadlineItem(
                $"session-commitment:{c.Id}:{c.Due:yyyy-MM-dd}", c.ProvinceId, $"{CommitmentWhat}: {c.Description}", $"owned by {c.Owner}",
                $"{c.MechanismName}, session {c.Number}", $"/sessions/{c.SessionId}", c.Due, c.Due, CanBeMarkedDone: false)).ToList();
        }
    }

    private static DeadlineItem Item(DeadlineRule rule, WorkingCalendar calendar, int provinceId, string kind, int recordId, string title, string link, DateOnly anchor)
    {
        var due = calendar.Add(anchor, rule.Offset, rule.Unit);
        return new DeadlineItem(
            $"r{rule.Id}:{kind}:{recordId}:{anchor:yyyy-MM-dd}", provinceId, Infrastructure.Text.Messages.Translate(rule.Name), Infrastructure.Text.Messages.Translate(rule.Describe()), title, link, anchor, due,
            CanBeMarkedDone: rule.DoneWhen == DoneWhen.MarkedDone);
    }
}
