using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Mechanisms;

/// <summary>The mechanism list as CSV: the same filters as the page, with members, sessions and commitments still open.</summary>
public sealed class ExportMechanismsHandler(AppDbContext db)
{
    public Task WriteAsync(MechanismListQuery query, HttpResponse response)
    {
        var rows = ListMechanismsHandler.Filter(db.Mechanisms.AsNoTracking(), query).OrderBy(m => m.Name).ThenBy(m => m.Id)
            .Take(CsvExport.MaxRows)
            .Select(m => new
            {
                m.Id, m.Kind, m.Name,
                Members = m.Provinces.Join(db.Provinces, mp => mp.ProvinceId, p => p.Id, (mp, p) => p.NameEn).ToList(),
                Foreign = m.ForeignMembers.Select(f => f.Name + " (" + f.CountryCode + ")").ToList(),
                Sessions = m.Sessions.Count(s => s.ArchivedAt == null),
                Last = m.Sessions.Where(s => s.ArchivedAt == null).Max(s => (DateOnly?)s.StartDate),
                Open = m.Sessions.Where(s => s.ArchivedAt == null).SelectMany(s => s.Commitments)
                    .Count(c => c.Status == Agreements.CommitmentStatus.Open || c.Status == Agreements.CommitmentStatus.InProgress),
            })
            .AsAsyncEnumerable();
        return CsvExport.WriteAsync(response, "mechanisms.csv",
            ["id", "kind", "name", "member_provinces", "foreign_members", "sessions", "last_session", "commitments_pending"],
            rows,
            m => [CsvExport.Number(m.Id), m.Kind.ToString(), m.Name, string.Join("; ", m.Members.Order(StringComparer.Ordinal)), string.Join("; ", m.Foreign),
                CsvExport.Number(m.Sessions), CsvExport.Date(m.Last), CsvExport.Number(m.Open)]);
    }
}
