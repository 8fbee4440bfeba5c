using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.CitizenProtection;

/// <summary>
/// The case list as CSV, with the list's filters and sort. Without personal data unless asked for and allowed: the people
/// (one row each, with name, document, date of birth and commune) only for a leader or officer who keeps cases, and each
/// case whose people leave the system this way is audited as opened (ADR 0017). The ministry reads files one by one but
/// doesn't take the province's people away in bulk.
/// </summary>
public sealed class ExportCitizenCasesHandler(ListCitizenCasesHandler list, AppDbContext db, CurrentUser user)
{
    public const string PeopleExport = "export with personal data";

    private static readonly string[] CaseHeaders = ["id", "file_number", "kind", "country_code", "opened", "received_at_border", "border_gate_id", "people", "status", "closed"];

    public async Task<IResult> HandleAsync(CitizenCaseListQuery query, bool withPeople, HttpResponse response, CancellationToken ct = default)
    {
        if (!withPeople)
        {
            await CsvExport.WriteAsync(response, "citizen-cases.csv", CaseHeaders, ListQuery.EveryPage(query, q => list.HandleAsync(q, ct), CsvExport.MaxRows), CaseCells);
            return TypedResults.Empty;
        }

        if (!user.CanKeepCitizenCases)
        {
            return new ForbiddenFailure("Your role can export cases without personal data only. Export again without the people, or ask a leader or officer who keeps cases.").ToProblem();
        }

        var cases = await ListQuery.AllPagesAsync(query, q => list.HandleAsync(q, ct), CsvExport.MaxRows);
        var ids = cases.Select(c => c.Id).ToList();
        var people = new List<CasePerson>();
        foreach (var chunk in ids.Chunk(500))
        {
            people.AddRange(await db.Set<CitizenCase>().AsNoTracking().Where(c => chunk.Contains(c.Id)).SelectMany(c => c.People).ToListAsync(ct));
        }

        await db.RecordViewsAsync(nameof(CitizenCase), [.. ids.Select(id => (id, user.ProvinceId))], PeopleExport, ct);
        var byCase = people.ToLookup(p => p.CitizenCaseId);
        var rows = cases.SelectMany(c => byCase[c.Id].OrderBy(p => p.Id).Select(p => (Case: c, Person: p))).ToAsyncEnumerable();
        await CsvExport.WriteAsync(response, "citizen-cases-people.csv", [.. CaseHeaders, "full_name", "identity_document", "date_of_birth", "home_commune"], rows,
            r => [.. CaseCells(r.Case), r.Person.FullName, r.Person.IdentityDocument, CsvExport.Date(r.Person.DateOfBirth), r.Person.HomeCommune]);
        return TypedResults.Empty;
    }

    private static IEnumerable<string?> CaseCells(CitizenCaseRow c) =>
    [
        CsvExport.Number(c.Id), c.Title, c.Kind.ToString(), c.CountryCode, CsvExport.Date(c.RequestReceivedOn), CsvExport.Date(c.ReceivedAtBorderOn),
        CsvExport.Number(c.BorderGateId), CsvExport.Number(c.People), c.Status.ToString(), CsvExport.Date(c.ClosedOn),
    ];
}
