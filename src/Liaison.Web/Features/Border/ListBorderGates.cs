using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

public sealed class BorderGateListQuery : ListQuery
{
    public GateType? Type { get; set; }

    /// <summary>The country across the border.</summary>
    public string? Country { get; set; }

    public GateState? State { get; set; }
}

/// <param name="LastEvent">The latest fact of its history, such as "Reopened 2025".</param>
public sealed record BorderGateRow(int Id, string Name, GateType Type, string CounterpartName, string CounterpartCountryCode, GateState State, string? LastEvent,
    DateOnly? LastEventOn, bool IsArchived, bool IsDemo);

/// <summary>
/// The province's gates and crossings with whether each is open now. A province has tens of gates at most,
/// so the state (read from each history) is worked out in memory, and the filter and sort on it with it.
/// </summary>
public sealed class ListBorderGatesHandler(AppDbContext db)
{
    public async Task<Paged<BorderGateRow>> HandleAsync(BorderGateListQuery query, CancellationToken ct = default)
    {
        var gates = db.Set<BorderGate>().AsNoTracking().Where(g => query.IsArchived ? g.ArchivedAt != null : g.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            gates = gates.Where(g => g.SearchText.Contains(text));
        }

        if (query.Type is { } type)
        {
            gates = gates.Where(g => g.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            gates = gates.Where(g => g.CounterpartCountryCode == query.Country);
        }

        var rows = (await gates.Include(g => g.Events).AsSplitQuery().ToListAsync(ct)).Select(g =>
        {
            var last = GateHistory.InOrder(g.Events).LastOrDefault();
            return new BorderGateRow(g.Id, g.Name, g.Type, g.CounterpartName, g.CounterpartCountryCode, GateHistory.StateOf(g.Events),
                last is null ? null : $"{Infrastructure.Text.EnumWords.Of(last.Kind)} {PartialDate.Format(last.OccurredOn, last.Precision)}", last?.OccurredOn, g.IsArchived, g.IsDemo);
        });
        if (query.State is { } state)
        {
            rows = rows.Where(r => r.State == state);
        }

        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("type", false) => rows.OrderBy(r => r.Type),
            ("type", true) => rows.OrderByDescending(r => r.Type),
            ("state", false) => rows.OrderBy(r => r.State),
            ("state", true) => rows.OrderByDescending(r => r.State),
            ("last", false) => rows.OrderBy(r => r.LastEventOn),
            ("last", true) => rows.OrderByDescending(r => r.LastEventOn),
            (_, true) => rows.OrderByDescending(r => r.Name, StringComparer.OrdinalIgnoreCase),
            _ => rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
        };
        var all = sorted.ThenBy(r => r.Id).ToList();
        return new Paged<BorderGateRow>(all.Skip((query.SafePage - 1) * query.SafePageSize).Take(query.SafePageSize).ToList(), all.Count, query.SafePage, query.SafePageSize);
    }
}
