using Liaison.Web.Features.Reference;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Partners;

/// <summary>The partner list as CSV: the same filters and order as the page, every matching row.</summary>
public sealed class ExportPartnersHandler(AppDbContext db)
{
    public Task WriteAsync(PartnerListQuery query, HttpResponse response)
    {
        var rows = ListPartnersHandler.Sort(ListPartnersHandler.Filter(db.Partners.AsNoTracking(), query), query).ThenBy(p => p.Id)
            .Take(CsvExport.MaxRows)
            .Select(p => new { p.Id, p.Kind, p.NameEn, p.NameVi, p.NativeName, p.CountryCode, Parent = p.Parent != null ? p.Parent.NameEn : null, p.Notes, p.Latitude, p.Longitude })
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "partners.csv",
            ["id", "kind", "name_en", "name_vi", "native_name", "country_code", "country", "under", "notes", "latitude", "longitude"],
            rows,
            p => [p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Kind.ToString(), p.NameEn, p.NameVi, p.NativeName, p.CountryCode, Countries.NameEn(p.CountryCode), p.Parent, p.Notes,
                p.Latitude?.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture), p.Longitude?.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
