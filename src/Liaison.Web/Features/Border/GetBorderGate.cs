using Liaison.Web.Features.Activities;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

/// <param name="When">The date as precisely as it is known: "2025", "May 2024" or "12 May 2024".</param>
public sealed record GateEventView(GateEventKind Kind, DateOnly OccurredOn, DatePrecision Precision, string When, string? Commodity, string? Note);

/// <summary>A joint patrol, border inspection or exercise held at the gate.</summary>
public sealed record GateActivity(int Id, string Title, ActivityKind Kind, DateOnly StartDate, DateOnly EndDate, ActivityStatus Status);

public sealed record BorderGateDetails(
    int Id, string Name, GateType Type, string CounterpartName, string CounterpartCountryCode, string? CounterpartLocality, string? Location, string? Notes,
    IReadOnlyList<GateEventView> Events, GateState State, IReadOnlyList<GateActivity> Activities,
    bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public BorderGateInput ToInput() => new()
    {
        Name = Name, Type = Type, CounterpartName = CounterpartName, CounterpartCountryCode = CounterpartCountryCode, CounterpartLocality = CounterpartLocality,
        Location = Location, Notes = Notes, Version = Version,
        Events = Events.Select(e =>
        {
            var (year, month, day) = PartialDate.Parts(e.OccurredOn, e.Precision);
            return new GateEventInput { Kind = e.Kind, Year = year, Month = month, Day = day, Commodity = e.Commodity, Note = e.Note };
        }).ToList(),
    };
}

public sealed class GetBorderGateHandler(AppDbContext db)
{
    public async Task<Result<BorderGateDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var g = await db.Set<BorderGate>().AsNoTracking().Include(x => x.Events).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (g is null)
        {
            return Failures.NotFound("The border gate");
        }

        var activities = await db.Activities.AsNoTracking().Where(a => a.BorderGateId == id && a.ArchivedAt == null).OrderByDescending(a => a.StartDate)
            .Select(a => new GateActivity(a.Id, a.Title, a.Kind, a.StartDate, a.EndDate, a.Status)).ToListAsync(ct);
        var events = GateHistory.InOrder(g.Events).Select(e => new GateEventView(e.Kind, e.OccurredOn, e.Precision, PartialDate.Format(e.OccurredOn, e.Precision), e.Commodity, e.Note)).ToList();
        return new BorderGateDetails(g.Id, g.Name, g.Type, g.CounterpartName, g.CounterpartCountryCode, g.CounterpartLocality, g.Location, g.Notes,
            events, GateHistory.StateOf(g.Events), activities, g.IsArchived, g.IsDemo, g.Version, g.UpdatedAt, g.UpdatedBy);
    }
}

/// <summary>What a gate's history says.</summary>
public static class GateHistory
{
    /// <summary>
    /// Oldest first, a fact known only to the year (or month) placed at the end of its span: "reopened in 2025"
    /// comes after "closed on 12 March 2025", as it must have. Facts of the same date in the order entered.
    /// </summary>
    public static IEnumerable<BorderGateEvent> InOrder(IEnumerable<BorderGateEvent> events) =>
        events.OrderBy(e => e.Precision switch
        {
            DatePrecision.Year => e.OccurredOn.AddYears(1).AddDays(-1),
            DatePrecision.Month => e.OccurredOn.AddMonths(1).AddDays(-1),
            _ => e.OccurredOn,
        }).ThenBy(e => e.Id);

    /// <summary>The history as one line, to tell whether two versions of it differ.</summary>
    public static string Describe(IEnumerable<BorderGateEvent> events) =>
        string.Join("; ", InOrder(events).Select(e => $"{e.Kind} {PartialDate.Format(e.OccurredOn, e.Precision)}{(e.Commodity is null ? "" : $" ({e.Commodity})")}{(e.Note is null ? "" : $": {e.Note}")}"));

    /// <summary>
    /// Open or closed as the latest opening, reopening or closing says. An upgrade or a designation says
    /// nothing on its own: a source may record it for a gate that is closed at the time.
    /// </summary>
    public static GateState StateOf(IEnumerable<BorderGateEvent> events) =>
        InOrder(events).LastOrDefault(e => e.Kind is GateEventKind.Opened or GateEventKind.Reopened or GateEventKind.Closed) is { } last
            ? last.Kind == GateEventKind.Closed ? GateState.Closed : GateState.Open
            : GateState.Unknown;
}
