using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Delegations;

public sealed class DelegationListQuery : ListQuery
{
    public DelegationDirection? Direction { get; set; }

    public DelegationStatus? Status { get; set; }

    public DelegationPurpose? Purpose { get; set; }

    public DelegationLevel? Level { get; set; }

    public int? PartnerId { get; set; }

    public string? Country { get; set; }

    /// <summary>Delegations that start on or after this date.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Delegations that start on or before this date.</summary>
    public DateOnly? To { get; set; }

    /// <summary>True for the delegations a report counts: cancelled and rejected ones left out.</summary>
    public bool? Counted { get; set; }
}

public sealed record DelegationRow(
    int Id,
    DelegationDirection Direction,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    string? HeadName,
    DelegationLevel Level,
    int MemberCount,
    DelegationStatus Status,
    IReadOnlyList<string> CountryCodes,
    bool IsArchived,
    bool IsDemo);

public sealed class ListDelegationsHandler(AppDbContext db)
{
    public const string MembersTotal = "members";

    public async Task<Paged<DelegationRow>> HandleAsync(DelegationListQuery query, CancellationToken ct = default)
    {
        var delegations = Filter(db.Delegations.AsNoTracking(), query);
        // The total and the members' total in one statement: on a national register each is a pass over the filter.
        var totals = await delegations.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Members = g.Sum(d => (long)d.MemberCount) }).FirstOrDefaultAsync(ct);
        var (total, members) = (totals?.Count ?? 0, totals?.Members ?? 0);
        var sorted = Sort(delegations, query);

        var rows = await ListQuery.PageOf(sorted.ThenByDescending(d => d.Id), query)
            .Select(d => new DelegationRow(
                d.Id, d.Direction, d.Title, d.StartDate, d.EndDate, d.HeadName, d.Level, d.MemberCount, d.Status,
                d.Countries.Select(c => c.CountryCode).ToList(), d.ArchivedAt != null, d.IsDemo))
            .ToListAsync(ct);
        return new Paged<DelegationRow>(rows, total, query.SafePage, query.SafePageSize, new Dictionary<string, long> { [MembersTotal] = members });
    }

    internal static IQueryable<Delegation> Filter(IQueryable<Delegation> delegations, DelegationListQuery query)
    {
        delegations = query.InProvinces(delegations);
        delegations = delegations.Where(d => query.IsArchived ? d.ArchivedAt != null : d.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            delegations = delegations.Where(d => d.SearchText.Contains(text));
        }

        if (query.Direction is { } direction)
        {
            delegations = delegations.Where(d => d.Direction == direction);
        }

        if (query.Counted == true)
        {
            delegations = delegations.Where(d => d.Status != DelegationStatus.Cancelled && d.Status != DelegationStatus.Rejected);
        }

        if (query.Status is { } status)
        {
            delegations = delegations.Where(d => d.Status == status);
        }

        if (query.Purpose is { } purpose)
        {
            delegations = delegations.Where(d => d.Purpose == purpose);
        }

        if (query.Level is { } level)
        {
            delegations = delegations.Where(d => d.Level == level);
        }

        if (query.PartnerId is { } partnerId)
        {
            delegations = delegations.Where(d => d.Partners.Any(p => p.PartnerId == partnerId));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            delegations = delegations.Where(d => d.Countries.Any(c => c.CountryCode == query.Country));
        }

        if (query.From is { } from)
        {
            delegations = delegations.Where(d => d.StartDate >= from);
        }

        if (query.To is { } to)
        {
            delegations = delegations.Where(d => d.StartDate <= to);
        }

        return delegations;
    }

    /// <summary>The list's order: the column the person chose, in the direction they chose.</summary>
    internal static IOrderedQueryable<Delegation> Sort(IQueryable<Delegation> delegations, DelegationListQuery query) =>
            (query.Sort, query.IsDesc) switch
        {
            ("title", false) => delegations.OrderBy(d => d.Title),
            ("title", true) => delegations.OrderByDescending(d => d.Title),
            ("members", false) => delegations.OrderBy(d => d.MemberCount),
            ("members", true) => delegations.OrderByDescending(d => d.MemberCount),
            ("status", false) => delegations.OrderBy(d => d.Status),
            ("status", true) => delegations.OrderByDescending(d => d.Status),
            ("start", false) => delegations.OrderBy(d => d.StartDate),
            _ => delegations.OrderByDescending(d => d.StartDate),
        };
}
