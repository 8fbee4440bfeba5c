using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Ngos;

public sealed class ForeignNgoListQuery : ListQuery
{
    public NgoCertificateKind? Kind { get; set; }

    public string? Country { get; set; }

    /// <summary>Only NGOs whose certificate expires within this many days from today (expired ones are not included).</summary>
    public int? ExpiringWithin { get; set; }

    /// <summary>NGOs registered (their certificate valid) on some day of the period from…to.</summary>
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed record ForeignNgoRow(int Id, string PartnerName, string CountryCode, string CertificateNumber, NgoCertificateKind CertificateKind, DateOnly ValidFrom,
    DateOnly ValidTo, int Projects, bool IsArchived, bool IsDemo);

/// <summary>
/// The foreign NGOs registered in the province, sorted by when their certificate expires unless told; with the yearly
/// reports received in the period summed over them.
/// </summary>
public sealed class ListForeignNgosHandler(AppDbContext db, TimeProvider clock)
{
    public const string ReportsReceivedTotal = "reportsReceived";

    public async Task<Paged<ForeignNgoRow>> HandleAsync(ForeignNgoListQuery query, CancellationToken ct = default)
    {
        var ngos = Filter(db.Set<ForeignNgo>().AsNoTracking(), query, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var total = await ngos.CountAsync(ct);
        var (from, to) = (query.From ?? DateOnly.MinValue, query.To ?? DateOnly.MaxValue);
        var received = total == 0 ? 0 : await ngos.SelectMany(n => n.Reports).CountAsync(r => r.ReceivedOn != null && r.ReceivedOn >= from && r.ReceivedOn <= to, ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("name", false) => ngos.OrderBy(n => n.Partner!.NameEn),
            ("name", true) => ngos.OrderByDescending(n => n.Partner!.NameEn),
            ("from", false) => ngos.OrderBy(n => n.ValidFrom),
            ("from", true) => ngos.OrderByDescending(n => n.ValidFrom),
            ("expires", true) => ngos.OrderByDescending(n => n.ValidTo),
            _ => ngos.OrderBy(n => n.ValidTo),
        };
        var rows = await ListQuery.PageOf(sorted.ThenBy(n => n.Id), query)
            .Select(n => new ForeignNgoRow(n.Id, n.Partner!.NameEn, n.Partner.CountryCode, n.CertificateNumber, n.CertificateKind, n.ValidFrom, n.ValidTo, n.Projects.Count,
                n.ArchivedAt != null, n.IsDemo))
            .ToListAsync(ct);
        return new Paged<ForeignNgoRow>(rows, total, query.SafePage, query.SafePageSize, new Dictionary<string, long> { [ReportsReceivedTotal] = received });
    }

    public static IQueryable<ForeignNgo> Filter(IQueryable<ForeignNgo> ngos, ForeignNgoListQuery query, DateOnly today)
    {
        ngos = query.InProvinces(ngos.Where(n => query.IsArchived ? n.ArchivedAt != null : n.ArchivedAt == null));
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            ngos = ngos.Where(n => n.SearchText.Contains(text) || n.Partner!.SearchText.Contains(text));
        }

        if (query.Kind is { } kind)
        {
            ngos = ngos.Where(n => n.CertificateKind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            ngos = ngos.Where(n => n.Partner!.CountryCode == country);
        }

        if (query.ExpiringWithin is { } days)
        {
            var last = today.AddDays(Math.Clamp(days, 0, 3650));
            ngos = ngos.Where(n => n.ValidTo >= today && n.ValidTo <= last);
        }

        if (query.From is { } from)
        {
            ngos = ngos.Where(n => n.ValidTo >= from);
        }

        if (query.To is { } to)
        {
            ngos = ngos.Where(n => n.ValidFrom <= to);
        }

        return ngos;
    }
}
