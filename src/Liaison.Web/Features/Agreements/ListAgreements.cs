using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Agreements;

public sealed class AgreementListQuery : ListQuery
{
    public AgreementKind? Kind { get; set; }

    public AgreementStatus? Status { get; set; }

    public int? PartnerId { get; set; }

    /// <summary>Agreements with at least one partner from this country.</summary>
    public string? Country { get; set; }

    public string? Field { get; set; }

    /// <summary>Signed on or after this date.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Signed on or before this date.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Agreements whose term ends on or after this day…</summary>
    public DateOnly? ExpiresFrom { get; set; }

    /// <summary>…and on or before this one: "expiring soon".</summary>
    public DateOnly? ExpiresTo { get; set; }
}

public sealed record AgreementRow(
    int Id,
    AgreementKind Kind,
    string Title,
    IReadOnlyList<string> PartnerNames,
    DateOnly? SignedOn,
    DateOnly? ValidTo,
    AgreementStatus Status,
    int OpenCommitments,
    bool IsArchived,
    bool IsDemo);

public sealed class ListAgreementsHandler(AppDbContext db)
{
    public async Task<Paged<AgreementRow>> HandleAsync(AgreementListQuery query, CancellationToken ct = default)
    {
        var agreements = Filter(db.Agreements.AsNoTracking(), query);
        var total = await agreements.CountAsync(ct);
        var sorted = Sort(agreements, query);

        var rows = await ListQuery.PageOf(sorted.ThenByDescending(a => a.Id), query)
            .Select(a => new AgreementRow(
                a.Id, a.Kind, a.Title,
                a.Partners.Select(p => p.Partner!.NameEn).ToList(),
                a.SignedOn, a.ValidTo, a.Status,
                a.Commitments.Count(c => c.Status == CommitmentStatus.Open || c.Status == CommitmentStatus.InProgress),
                a.ArchivedAt != null, a.IsDemo))
            .ToListAsync(ct);
        return new Paged<AgreementRow>(rows, total, query.SafePage, query.SafePageSize);
    }

    internal static IQueryable<Agreement> Filter(IQueryable<Agreement> agreements, AgreementListQuery query)
    {
        agreements = query.InProvinces(agreements);
        agreements = agreements.Where(a => query.IsArchived ? a.ArchivedAt != null : a.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            agreements = agreements.Where(a => a.SearchText.Contains(text));
        }

        if (query.Kind is { } kind)
        {
            agreements = agreements.Where(a => a.Kind == kind);
        }

        if (query.Status is { } status)
        {
            agreements = agreements.Where(a => a.Status == status);
        }

        if (query.PartnerId is { } partnerId)
        {
            agreements = agreements.Where(a => a.Partners.Any(p => p.PartnerId == partnerId));
        }

        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            agreements = agreements.Where(a => a.Partners.Any(p => p.Partner!.CountryCode == query.Country));
        }

        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            agreements = agreements.Where(a => a.Fields.Any(f => f.FieldCode == query.Field));
        }

        if (query.From is { } from)
        {
            agreements = agreements.Where(a => a.SignedOn >= from);
        }

        if (query.To is { } to)
        {
            agreements = agreements.Where(a => a.SignedOn <= to);
        }

        if (query.ExpiresFrom is { } expiresFrom)
        {
            agreements = agreements.Where(a => a.ValidTo >= expiresFrom);
        }

        if (query.ExpiresTo is { } expiresTo)
        {
            agreements = agreements.Where(a => a.ValidTo <= expiresTo);
        }

        return agreements;
    }

    /// <summary>The list's order: the column the person chose, in the direction they chose.</summary>
    internal static IOrderedQueryable<Agreement> Sort(IQueryable<Agreement> agreements, AgreementListQuery query) =>
            (query.Sort, query.IsDesc) switch
        {
            ("title", false) => agreements.OrderBy(a => a.Title),
            ("title", true) => agreements.OrderByDescending(a => a.Title),
            ("status", false) => agreements.OrderBy(a => a.Status),
            ("status", true) => agreements.OrderByDescending(a => a.Status),
            ("validto", false) => agreements.OrderBy(a => a.ValidTo),
            ("validto", true) => agreements.OrderByDescending(a => a.ValidTo),
            ("signed", false) => agreements.OrderBy(a => a.SignedOn),
            _ => agreements.OrderByDescending(a => a.SignedOn),
        };
}
