using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Mechanisms;

public sealed class CommitmentListQuery : ListQuery
{
    public CommitmentStatus? Status { get; set; }

    /// <summary>True for the commitments still to keep: open or in progress.</summary>
    public bool? Pending { get; set; }

    public int? MechanismId { get; set; }

    /// <summary>Commitments made at sessions that began on or after this date.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Commitments made at sessions that began on or before this date.</summary>
    public DateOnly? To { get; set; }
}

/// <summary>A commitment with its session and mechanism. Settable members rather than a constructor, so that the database can sort by them.</summary>
public sealed record CommitmentRow
{
    public int Id { get; init; }

    public required string Description { get; init; }

    public required string Owner { get; init; }

    public DateOnly? DueDate { get; init; }

    public CommitmentStatus Status { get; init; }

    public string? ProgressNotes { get; init; }

    public int SessionId { get; init; }

    public int SessionNumber { get; init; }

    public DateOnly SessionDate { get; init; }

    public int MechanismId { get; init; }

    public required string MechanismName { get; init; }

    public bool IsDemo { get; init; }
}

/// <summary>
/// What the sessions of the cooperation mechanisms committed to, across every session the reader may read, so that
/// "commitments kept and pending" is a list one can open rather than a number to take on trust.
/// </summary>
public sealed class ListCommitmentsHandler(AppDbContext db)
{
    public async Task<Paged<CommitmentRow>> HandleAsync(CommitmentListQuery query, CancellationToken ct = default)
    {
        var commitments = Rows(db, query);
        var total = await commitments.CountAsync(ct);
        var rows = await ListQuery.PageOf(Sort(commitments, query), query).ToListAsync(ct);
        return new Paged<CommitmentRow>(rows, total, query.SafePage, query.SafePageSize);
    }

    /// <summary>The list's order, which its CSV keeps; commitments without a due date come last either way, on both engines.</summary>
    internal static IOrderedQueryable<CommitmentRow> Sort(IQueryable<CommitmentRow> commitments, CommitmentListQuery query) =>
        ((query.Sort, query.IsDesc) switch
        {
            ("due", false) => commitments.OrderBy(c => c.DueDate == null).ThenBy(c => c.DueDate),
            ("due", true) => commitments.OrderBy(c => c.DueDate == null).ThenByDescending(c => c.DueDate),
            ("status", false) => commitments.OrderBy(c => c.Status),
            ("status", true) => commitments.OrderByDescending(c => c.Status),
            ("session", false) => commitments.OrderBy(c => c.SessionDate),
            _ => commitments.OrderByDescending(c => c.SessionDate),
        }).ThenBy(c => c.Id);

    /// <summary>The matching commitments with their session and mechanism, unordered; the list and its CSV share it.</summary>
    internal static IQueryable<CommitmentRow> Rows(AppDbContext db, CommitmentListQuery query)
    {
        var sessions = db.MechanismSessions.AsNoTracking()
            .Where(s => query.IsArchived ? s.ArchivedAt != null || s.Mechanism!.ArchivedAt != null : s.ArchivedAt == null && s.Mechanism!.ArchivedAt == null);
        // A mechanism is shared: a province's commitments are those of the sessions of every mechanism it is a member of.
        if (query.ProvinceIds is { } provinces)
        {
            sessions = sessions.Where(s => provinces.Contains(s.Mechanism!.ProvinceId) || s.Mechanism.Provinces.Any(p => provinces.Contains(p.ProvinceId)));
        }

        if (query.MechanismId is { } mechanismId)
        {
            sessions = sessions.Where(s => s.MechanismId == mechanismId);
        }

        if (query.From is { } from)
        {
            sessions = sessions.Where(s => s.StartDate >= from);
        }

        if (query.To is { } to)
        {
            sessions = sessions.Where(s => s.StartDate <= to);
        }

        var commitments = sessions.SelectMany(s => s.Commitments, (s, c) => new { Session = s, Commitment = c });
        if (query.Status is { } status)
        {
            commitments = commitments.Where(x => x.Commitment.Status == status);
        }

        if (query.Pending == true)
        {
            commitments = commitments.Where(x => x.Commitment.Status == CommitmentStatus.Open || x.Commitment.Status == CommitmentStatus.InProgress);
        }

        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            // Commitments carry no folded text of their own: the words are looked for in the session's (its host,
            // venue, summary, attendees and every commitment's description), and its commitments are listed.
            commitments = commitments.Where(x => x.Session.SearchText.Contains(text));
        }

        return commitments.Select(x => new CommitmentRow
        {
            Id = x.Commitment.Id, Description = x.Commitment.Description, Owner = x.Commitment.Owner, DueDate = x.Commitment.DueDate, Status = x.Commitment.Status,
            ProgressNotes = x.Commitment.ProgressNotes, SessionId = x.Session.Id, SessionNumber = x.Session.Number, SessionDate = x.Session.StartDate,
            MechanismId = x.Session.MechanismId, MechanismName = x.Session.Mechanism!.Name, IsDemo = x.Session.IsDemo,
        });
    }
}
