using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Apec;

/// <summary>Which of an application's dates the period filter reads.</summary>
public enum ApecDate
{
    Received,

    /// <summary>The day its card was issued (only applications with a card).</summary>
    CardIssued,
}

public sealed class ApecListQuery : ListQuery
{
    public ApecStep? Step { get; set; }

    /// <summary>Only cards in force today: issued and not yet expired.</summary>
    public bool? InForce { get; set; }

    /// <summary>An economy the card was asked for (ISO code).</summary>
    public string? Economy { get; set; }

    public ApecDate? Dated { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }
}

public sealed record ApecRow(
    int Id, string ApplicantName, string CompanyName, string Economies, ApecStep Step, DateOnly ReceivedOn, string? CardNumber, DateOnly? CardExpiresOn,
    bool IsArchived, bool IsDemo);

/// <summary>The province's APEC card applications, newest first unless told, filtered and paged.</summary>
public sealed class ListApecApplicationsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Paged<ApecRow>> HandleAsync(ApecListQuery query, CancellationToken ct = default)
    {
        var applications = Filter(db.Set<ApecApplication>().AsNoTracking(), query, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var total = await applications.CountAsync(ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("applicant", false) => applications.OrderBy(a => a.ApplicantName),
            ("applicant", true) => applications.OrderByDescending(a => a.ApplicantName),
            ("company", false) => applications.OrderBy(a => a.CompanyName),
            ("company", true) => applications.OrderByDescending(a => a.CompanyName),
            ("step", false) => applications.OrderBy(a => a.Step),
            ("step", true) => applications.OrderByDescending(a => a.Step),
            ("expires", false) => applications.OrderBy(a => a.CardExpiresOn),
            ("expires", true) => applications.OrderByDescending(a => a.CardExpiresOn),
            ("received", false) => applications.OrderBy(a => a.ReceivedOn),
            _ => applications.OrderByDescending(a => a.ReceivedOn),
        };
        var rows = await ListQuery.PageOf(sorted.ThenByDescending(a => a.Id), query)
            .Select(a => new ApecRow(a.Id, a.ApplicantName, a.CompanyName, a.Economies, a.Step, a.ReceivedOn, a.CardNumber, a.CardExpiresOn, a.ArchivedAt != null, a.IsDemo))
            .ToListAsync(ct);
        return new Paged<ApecRow>(rows, total, query.SafePage, query.SafePageSize);
    }

    public static IQueryable<ApecApplication> Filter(IQueryable<ApecApplication> applications, ApecListQuery query, DateOnly today)
    {
        applications = query.InProvinces(applications.Where(a => query.IsArchived ? a.ArchivedAt != null : a.ArchivedAt == null));
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            applications = applications.Where(a => a.SearchText.Contains(text));
        }

        if (query.Step is { } step)
        {
            applications = applications.Where(a => a.Step == step);
        }

        if (query.InForce == true)
        {
            applications = applications.Where(a => a.Step == ApecStep.CardIssued && a.CardExpiresOn >= today);
        }

        if (!string.IsNullOrWhiteSpace(query.Economy))
        {
            // Codes are two letters in a comma list: ",AU,JP," holds ",JP," and nothing else does.
            var economy = "," + query.Economy.Trim().ToUpperInvariant() + ",";
            applications = applications.Where(a => ("," + a.Economies + ",").Contains(economy));
        }

        var (from, to) = (query.From ?? DateOnly.MinValue, query.To ?? DateOnly.MaxValue);
        return query.Dated == ApecDate.CardIssued
            ? applications.Where(a => a.CardIssuedOn != null && a.CardIssuedOn >= from && a.CardIssuedOn <= to)
            : applications.Where(a => a.ReceivedOn >= from && a.ReceivedOn <= to);
    }
}
