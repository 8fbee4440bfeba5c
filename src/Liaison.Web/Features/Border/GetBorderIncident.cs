using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

public sealed record BorderIncidentDetails(
    int Id, DateOnly OccurredOn, string Place, string? BorderMarker, int? BorderGateId, string? BorderGateName, IncidentKind Kind, string Description,
    string? Handling, string? HandledBy, IncidentStatus Status, bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public BorderIncidentInput ToInput() => new()
    {
        OccurredOn = OccurredOn, Place = Place, BorderMarker = BorderMarker, BorderGateId = BorderGateId, Kind = Kind, Description = Description,
        Handling = Handling, HandledBy = HandledBy, Status = Status, Version = Version,
    };
}

/// <summary>One incident, for a user who handles border matters; to anyone else it doesn't exist.</summary>
public sealed class GetBorderIncidentHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<BorderIncidentDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var i = user.HandlesBorderMatters ? await db.Set<BorderIncident>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) : null;
        if (i is null)
        {
            return Failures.NotFound("The incident");
        }

        var gate = i.BorderGateId is { } gateId
            ? await db.Set<BorderGate>().AsNoTracking().Where(g => g.Id == gateId).Select(g => g.Name + " – " + g.CounterpartName).FirstOrDefaultAsync(ct)
            : null;
        return new BorderIncidentDetails(i.Id, i.OccurredOn, i.Place, i.BorderMarker, i.BorderGateId, gate, i.Kind, i.Description, i.Handling, i.HandledBy, i.Status,
            i.IsArchived, i.IsDemo, i.Version, i.UpdatedAt, i.UpdatedBy);
    }
}
