using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Agreements;

/// <summary>The agreement list as CSV: the same filters and order as the page, every matching row.</summary>
public sealed class ExportAgreementsHandler(AppDbContext db)
{
    public Task WriteAsync(AgreementListQuery query, HttpResponse response)
    {
        var rows = ListAgreementsHandler.Sort(ListAgreementsHandler.Filter(db.Agreements.AsNoTracking(), query), query).ThenByDescending(a => a.Id)
            .Take(CsvExport.MaxRows)
            .Select(a => new
            {
                a.Id, a.Kind, a.Title, Partners = a.Partners.Select(p => p.Partner!.NameEn).ToList(), Fields = a.Fields.Select(f => f.FieldCode).ToList(),
                a.SignedOn, a.SignedPlace, a.SignerName, a.ValidFrom, a.ValidTo, a.Status,
                OpenCommitments = a.Commitments.Count(c => c.Status == CommitmentStatus.Open || c.Status == CommitmentStatus.InProgress),
            })
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "agreements.csv",
            ["id", "kind", "title", "partners", "fields", "signed_on", "signed_place", "signer", "valid_from", "valid_to", "status", "open_commitments"],
            rows,
            a => [CsvExport.Number(a.Id), a.Kind.ToString(), a.Title, string.Join("; ", a.Partners), string.Join(' ', a.Fields), CsvExport.Date(a.SignedOn), a.SignedPlace, a.SignerName,
                CsvExport.Date(a.ValidFrom), CsvExport.Date(a.ValidTo), a.Status.ToString(), CsvExport.Number(a.OpenCommitments)]);
    }
}
