using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Border;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.CitizenProtection;

public sealed record CasePersonDetails(int Id, string FullName, string? IdentityDocument, DateOnly? DateOfBirth, string? HomeCommune, string? Note);

public sealed record CitizenCaseDetails(
    int Id, string Title, string? FileNumber, CaseKind Kind, string CountryCode, string? PlaceAbroad, string? ForeignAuthority, string? Circumstances,
    DateOnly RequestReceivedOn, DateOnly? VerifiedOn, DateOnly? CoordinatedOn, DateOnly? ReceivedAtBorderOn, int? BorderGateId, string? BorderGateName,
    DateOnly? HandedOverOn, CaseStatus Status, DateOnly? ClosedOn, string? Outcome, IReadOnlyList<CasePersonDetails> People,
    bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public CitizenCaseInput ToInput() => new()
    {
        FileNumber = FileNumber, Kind = Kind, CountryCode = CountryCode, PlaceAbroad = PlaceAbroad, ForeignAuthority = ForeignAuthority, Circumstances = Circumstances,
        RequestReceivedOn = RequestReceivedOn, VerifiedOn = VerifiedOn, CoordinatedOn = CoordinatedOn, ReceivedAtBorderOn = ReceivedAtBorderOn, BorderGateId = BorderGateId,
        HandedOverOn = HandedOverOn, Status = Status, ClosedOn = ClosedOn, Outcome = Outcome, Version = Version,
        People = People.Select(p => new CasePersonInput { FullName = p.FullName, IdentityDocument = p.IdentityDocument, DateOfBirth = p.DateOfBirth, HomeCommune = p.HomeCommune, Note = p.Note }).ToList(),
    };
}

/// <summary>
/// A case file with its people, for a user who handles cases; to anyone else it doesn't exist. Every opening is
/// written into the audit chain before the file is returned (ADR 0017): whoever reads a person's file leaves a trace.
/// </summary>
public sealed class GetCitizenCaseHandler(AppDbContext db, CurrentUser user)
{
    public const string CaseFile = "case file";

    public async Task<Result<CitizenCaseDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var c = user.HandlesCitizenCases ? await db.Set<CitizenCase>().AsNoTracking().Include(x => x.People).FirstOrDefaultAsync(x => x.Id == id, ct) : null;
        if (c is null)
        {
            return Failures.NotFound("The case");
        }

        // Every way the file reaches a person (its page, its edit form, the API, the answer to a save) is a view.
        await db.RecordViewAsync(nameof(CitizenCase), c.Id, c.ProvinceId, CaseFile, ct);

        var gate = c.BorderGateId is { } gateId
            ? await db.Set<BorderGate>().AsNoTracking().Where(g => g.Id == gateId).Select(g => g.Name + " – " + g.CounterpartName).FirstOrDefaultAsync(ct)
            : null;
        return new CitizenCaseDetails(c.Id, c.Title, c.FileNumber, c.Kind, c.CountryCode, c.PlaceAbroad, c.ForeignAuthority, c.Circumstances, c.RequestReceivedOn, c.VerifiedOn,
            c.CoordinatedOn, c.ReceivedAtBorderOn, c.BorderGateId, gate, c.HandedOverOn, c.Status, c.ClosedOn, c.Outcome,
            c.People.OrderBy(p => p.Id).Select(p => new CasePersonDetails(p.Id, p.FullName, p.IdentityDocument, p.DateOfBirth, p.HomeCommune, p.Note)).ToList(),
            c.IsArchived, c.IsDemo, c.Version, c.UpdatedAt, c.UpdatedBy);
    }
}
