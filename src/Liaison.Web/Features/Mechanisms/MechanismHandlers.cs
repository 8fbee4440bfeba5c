using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Mechanisms;

public sealed record MemberProvince(int Id, string Code, string Name);

public sealed record ForeignMemberView(string Name, string CountryCode);

public sealed record SessionRow(int Id, int Number, DateOnly StartDate, DateOnly EndDate, string? Venue, string CountryCode, int Commitments, int OpenCommitments);

public sealed record MechanismDetails(
    int Id, MechanismKind Kind, string Name, string? Description, IReadOnlyList<MemberProvince> Provinces, IReadOnlyList<ForeignMemberView> ForeignMembers,
    IReadOnlyList<SessionRow> Sessions, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public MechanismInput ToInput() => new()
    {
        Kind = Kind, Name = Name, Description = Description, ProvinceIds = Provinces.Select(p => p.Id).ToList(), Version = Version,
        ForeignMembers = ForeignMembers.Select(f => new ForeignMemberInput { Name = f.Name, CountryCode = f.CountryCode }).ToList(),
    };
}

public sealed record MechanismRow(int Id, MechanismKind Kind, string Name, string Members, int Sessions, DateOnly? LastSession, bool IsDemo);

public sealed class MechanismListQuery : ListQuery
{
    public MechanismKind? Kind { get; set; }
}

public sealed record AttendeeView(string Name, string? Title, AttendeeSide Side, AttendeeRole Role);

public sealed record ResultView(string FieldCode, string Description, int? Count);

public sealed record SessionCommitmentView(int Id, string Description, string Owner, DateOnly? DueDate, CommitmentStatus Status, string? ProgressNotes);

/// <summary>The session before this one, and what became of what it promised.</summary>
public sealed record PreviousSession(int Id, int Number, DateOnly StartDate, IReadOnlyList<SessionCommitmentView> Commitments);

/// <param name="MinutesTitle">Null when the minutes belong to another member province, whose agreements this reader can't open.</param>
public sealed record SessionDetails(
    int Id, int MechanismId, string MechanismName, int Number, DateOnly StartDate, DateOnly EndDate, string? Host, string? Venue, string CountryCode,
    int? MinutesAgreementId, string? MinutesTitle, string? Summary, IReadOnlyList<AttendeeView> Attendees, IReadOnlyList<ResultView> Results,
    IReadOnlyList<SessionCommitmentView> Commitments, PreviousSession? Previous, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public SessionInput ToInput() => new()
    {
        Number = Number, StartDate = StartDate, EndDate = EndDate, Host = Host, Venue = Venue, CountryCode = CountryCode, MinutesAgreementId = MinutesAgreementId,
        Summary = Summary, Version = Version,
        Attendees = Attendees.Select(a => new AttendeeInput { Name = a.Name, Title = a.Title, Side = a.Side, Role = a.Role }).ToList(),
        Results = Results.Select(r => new ResultInput { FieldCode = r.FieldCode, Description = r.Description, Count = r.Count }).ToList(),
        Commitments = Commitments.Select(c => new SessionCommitmentInput { Description = c.Description, Owner = c.Owner, DueDate = c.DueDate, Status = c.Status, ProgressNotes = c.ProgressNotes }).ToList(),
    };
}

/// <summary>Registers a mechanism; any officer or leader of a member province keeps it afterwards.</summary>
public sealed class SaveMechanismHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> CreateAsync(MechanismInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, user.ProvinceId!.Value, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var mechanism = new Mechanism { ProvinceId = user.ProvinceId.Value, Name = string.Empty };
        input.ApplyTo(mechanism);
        db.Mechanisms.Add(mechanism);
        await db.SaveChangesAsync(ct);
        return mechanism.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, MechanismInput input, CancellationToken ct = default)
    {
        var mechanism = await db.Mechanisms.Include(m => m.Provinces).Include(m => m.ForeignMembers).AsSplitQuery().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (mechanism is null)
        {
            return Failures.NotFound("The mechanism");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, user.ProvinceId!.Value, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, mechanism, input.Version, () => new Mechanism { Name = string.Empty }, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(mechanism);
        db.ExpectVersion(mechanism, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return mechanism.Id;
    }
}

public sealed class GetMechanismHandler(AppDbContext db)
{
    public async Task<Result<MechanismDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var m = await db.Mechanisms.AsNoTracking().Include(x => x.Provinces).Include(x => x.ForeignMembers).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return Failures.NotFound("The mechanism");
        }

        var memberIds = m.Provinces.Select(p => p.ProvinceId).ToList();
        var provinces = await db.Provinces.AsNoTracking().Where(p => memberIds.Contains(p.Id)).OrderBy(p => p.NameEn)
            .Select(p => new MemberProvince(p.Id, p.Code, p.NameEn)).ToListAsync(ct);
        var sessions = await db.MechanismSessions.AsNoTracking().Where(s => s.MechanismId == id && s.ArchivedAt == null).OrderByDescending(s => s.Number)
            .Select(s => new SessionRow(s.Id, s.Number, s.StartDate, s.EndDate, s.Venue, s.CountryCode, s.Commitments.Count,
                s.Commitments.Count(c => c.Status == CommitmentStatus.Open || c.Status == CommitmentStatus.InProgress)))
            .ToListAsync(ct);
        return new MechanismDetails(m.Id, m.Kind, m.Name, m.Description, provinces, m.ForeignMembers.OrderBy(f => f.Id).Select(f => new ForeignMemberView(f.Name, f.CountryCode)).ToList(),
            sessions, m.IsDemo, m.Version, m.UpdatedAt, m.UpdatedBy);
    }
}

public sealed class ListMechanismsHandler(AppDbContext db)
{
    public async Task<Paged<MechanismRow>> HandleAsync(MechanismListQuery query, CancellationToken ct = default)
    {
        var mechanisms = Filter(db.Mechanisms.AsNoTracking(), query);
        var total = await mechanisms.CountAsync(ct);
        var sorted = (query.Sort, query.IsDesc) switch
        {
            ("name", true) => mechanisms.OrderByDescending(m => m.Name),
            ("last", false) => mechanisms.OrderBy(m => m.Sessions.Max(s => (DateOnly?)s.StartDate)),
            ("last", true) => mechanisms.OrderByDescending(m => m.Sessions.Max(s => (DateOnly?)s.StartDate)),
            _ => mechanisms.OrderBy(m => m.Name),
        };
        var rows = await ListQuery.PageOf(sorted.ThenBy(m => m.Id), query)
            .Select(m => new
            {
                m.Id, m.Kind, m.Name, m.IsDemo,
                Members = m.Provinces.Join(db.Provinces, mp => mp.ProvinceId, p => p.Id, (mp, p) => p.NameEn).ToList(),
                Foreign = m.ForeignMembers.Select(f => f.Name).ToList(),
                Sessions = m.Sessions.Count(s => s.ArchivedAt == null),
                Last = m.Sessions.Where(s => s.ArchivedAt == null).Max(s => (DateOnly?)s.StartDate),
            })
            .ToListAsync(ct);
        return new Paged<MechanismRow>(
            rows.Select(r => new MechanismRow(r.Id, r.Kind, r.Name, string.Join(", ", r.Members.Order(StringComparer.Ordinal).Concat(r.Foreign)), r.Sessions, r.Last, r.IsDemo)).ToList(),
            total, query.SafePage, query.SafePageSize);
    }

    internal static IQueryable<Mechanism> Filter(IQueryable<Mechanism> mechanisms, MechanismListQuery query)
    {
        mechanisms = mechanisms.Where(m => query.IsArchived ? m.ArchivedAt != null : m.ArchivedAt == null);
        if (TextFolding.Fold(query.Q) is { Length: > 0 } text)
        {
            mechanisms = mechanisms.Where(m => m.SearchText.Contains(text));
        }

        if (query.Kind is { } kind)
        {
            mechanisms = mechanisms.Where(m => m.Kind == kind);
        }

        return mechanisms;
    }
}

/// <summary>Registers or corrects a session of a mechanism the user's province is a member of.</summary>
public sealed class SaveSessionHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> CreateAsync(int mechanismId, SessionInput input, CancellationToken ct = default)
    {
        if (!await db.Mechanisms.AnyAsync(m => m.Id == mechanismId && m.ArchivedAt == null, ct))
        {
            return Failures.NotFound("The mechanism");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, mechanismId, null, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var session = new MechanismSession { ProvinceId = user.ProvinceId!.Value, MechanismId = mechanismId, CountryCode = string.Empty };
        input.ApplyTo(session);
        db.MechanismSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, SessionInput input, CancellationToken ct = default)
    {
        var session = await db.MechanismSessions.Include(s => s.Attendees).Include(s => s.Results).Include(s => s.Commitments).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return Failures.NotFound("The session");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, session.MechanismId, session.Id, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, session, input.Version, () => new MechanismSession { CountryCode = string.Empty }, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(session);
        db.ExpectVersion(session, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return session.Id;
    }
}

public sealed class GetSessionHandler(AppDbContext db)
{
    public async Task<Result<SessionDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var s = await db.MechanismSessions.AsNoTracking().Include(x => x.Mechanism).Include(x => x.Attendees).Include(x => x.Results).Include(x => x.Commitments)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return Failures.NotFound("The session");
        }

        // The minutes are an agreement of the registering province: other members see that they exist, not the record.
        var minutes = s.MinutesAgreementId is { } mid ? await db.Agreements.AsNoTracking().Where(a => a.Id == mid).Select(a => a.Title).FirstOrDefaultAsync(ct) : null;
        var previous = await db.MechanismSessions.AsNoTracking().Where(p => p.MechanismId == s.MechanismId && p.Number < s.Number && p.ArchivedAt == null)
            .OrderByDescending(p => p.Number).Include(p => p.Commitments).FirstOrDefaultAsync(ct);
        return new SessionDetails(
            s.Id, s.MechanismId, s.Mechanism!.Name, s.Number, s.StartDate, s.EndDate, s.Host, s.Venue, s.CountryCode, s.MinutesAgreementId, minutes, s.Summary,
            s.Attendees.OrderBy(a => a.Side).ThenBy(a => a.Role).ThenBy(a => a.Id).Select(a => new AttendeeView(a.Name, a.Title, a.Side, a.Role)).ToList(),
            s.Results.OrderBy(r => r.Id).Select(r => new ResultView(r.FieldCode, r.Description, r.Count)).ToList(),
            Views(s.Commitments),
            previous is null ? null : new PreviousSession(previous.Id, previous.Number, previous.StartDate, Views(previous.Commitments)),
            s.IsDemo, s.Version, s.UpdatedAt, s.UpdatedBy);
    }

    private static List<SessionCommitmentView> Views(IEnumerable<SessionCommitment> commitments) =>
        commitments.OrderBy(c => c.Id).Select(c => new SessionCommitmentView(c.Id, c.Description, c.Owner, c.DueDate, c.Status, c.ProgressNotes)).ToList();
}
