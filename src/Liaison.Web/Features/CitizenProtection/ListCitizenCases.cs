using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.CitizenProtection;

/// <summary>Which of a case's dates the period filter reads.</summary>
public enum CaseDate
{
    /// <summary>The day the request or notice opened the case.</summary>
    Opened,

    /// <summary>The day the people were received back at the border.</summary>
    Received,

    Closed,
}

public sealed class CitizenCaseListQuery : ListQuery
{
    public CaseKind? Kind { get; set; }

    public CaseStatus? Status { get; set; }

    public string? Country { get; set; }

    public int? GateId { get; set; }

    /// <summary>Which date <see cref="From"/> and <see cref="To"/> apply to: opened unless told.</summary>
    public CaseDate? Dated { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

/// <summary>A case as a list shows it: nothing personal (no name, no free text), so every reader of the province may count cases.</summary>
public sealed record CitizenCaseRow(
    int Id, string Title, CaseKind Kind, string CountryCode, DateOnly RequestReceivedOn, DateOnly? ReceivedAtBorderOn, int? BorderGateId, int People,
    CaseStatus Status, DateOnly? ClosedOn, bool IsArchived, bool IsDemo);

/// <summary>
/// The province's cases, newest first unless told, with the people they concern summed over all that match. The rows carry no
/// personal data, so a reader without the case permission sees the counts too; the free-text search, which reaches names,
/// answers only those who handle cases.
/// </summary>
public sealed class ListCitizenCasesHandler(AppDbContext db, CurrentUser user)
{
    public const string PeopleTotal = "people";

    public async Task<Paged<CitizenCaseRow>> HandleAsync(CitizenCaseListQuery query, CancellationToken ct = default)
    {
        var cases = Filter(db.Set<CitizenCase>().AsNoTracking(), query, user.HandlesCitizenCases);
        var total = await cases.CountAsync(ct);
        var people = total == 0 ? 0 : await cases.SumAsync(c => (long)c.PeopleCount, ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("kind", false) => cases.OrderBy(c => c.Kind),
            ("kind", true) => cases.OrderByDescending(c => c.Kind),
            ("country", false) => cases.OrderBy(c => c.CountryCode),
            ("country", true) => cases.OrderByDescending(c => c.CountryCode),
            ("people", false) => cases.OrderBy(c => c.PeopleCount),
            ("people", true) => cases.OrderByDescending(c => c.PeopleCount),
            ("status", false) => cases.OrderBy(c => c.Status),
            ("status", true) => cases.OrderByDescending(c => c.Status),
            ("opened", false) => cases.OrderBy(c => c.RequestReceivedOn),
            _ => cases.OrderByDescending(c => c.RequestReceivedOn),
        };
        var rows = await ListQuery.PageOf(sorted.ThenByDescending(c => c.Id), query)
            .Select(c => new CitizenCaseRow(c.Id, c.FileNumber ?? "#" + c.Id, c.Kind, c.CountryCode, c.RequestReceivedOn, c.ReceivedAtBorderOn, c.BorderGateId, c.PeopleCount,
                c.Status, c.ClosedOn, c.ArchivedAt != null, c.IsDemo))
            .ToListAsync(ct);
        return new Paged<CitizenCaseRow>(rows, total, query.SafePage, query.SafePageSize, new Dictionary<string, long> { [PeopleTotal] = people });
    }

    /// <summary>The list's filters, for the report's breakdowns to count exactly what the list lists.</summary>
    /// <param name="handlesCases">Whether the reader may search by text, which reaches the people's names.</param>
    public static IQueryable<CitizenCase> Filter(IQueryable<CitizenCase> cases, CitizenCaseListQuery query, bool handlesCases)
    {
        cases = query.InProvinces(cases.Where(c => query.IsArchived ? c.ArchivedAt != null : c.ArchivedAt == null));
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            // Names are in the search text: someone who may not read them must not learn who has a case by searching.
            cases = handlesCases ? cases.Where(c => c.SearchText.Contains(text)) : cases.Where(c => false);
        }

        if (query.Kind is { } kind)
        {
            cases = cases.Where(c => c.Kind == kind);
        }

        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.CountryCode == country);
        }

        if (query.GateId is { } gateId)
        {
            cases = cases.Where(c => c.BorderGateId == gateId);
        }

        var (from, to) = (query.From ?? DateOnly.MinValue, query.To ?? DateOnly.MaxValue);
        cases = (query.Dated ?? CaseDate.Opened) switch
        {
            CaseDate.Received => cases.Where(c => c.ReceivedAtBorderOn != null && c.ReceivedAtBorderOn >= from && c.ReceivedAtBorderOn <= to),
            CaseDate.Closed => cases.Where(c => c.ClosedOn != null && c.ClosedOn >= from && c.ClosedOn <= to),
            _ => cases.Where(c => c.RequestReceivedOn >= from && c.RequestReceivedOn <= to),
        };

        return cases;
    }
}
