using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

/// <summary>
/// Records or updates a border incident. Only a leader or officer who handles border matters may; the check is
/// here as well as on the endpoints and pages, since a page is only one way in.
/// </summary>
public sealed class SaveBorderIncidentHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(BorderIncidentInput input, CancellationToken ct = default)
    {
        if (!user.CanKeepBorderIncidents)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, Today(), ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var incident = Blank();
        incident.ProvinceId = user.ProvinceId!.Value;
        input.ApplyTo(incident);
        db.Add(incident);
        await db.SaveChangesAsync(ct);
        return incident.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, BorderIncidentInput input, CancellationToken ct = default)
    {
        var incident = user.HandlesBorderMatters ? await db.Set<BorderIncident>().FirstOrDefaultAsync(i => i.Id == id, ct) : null;
        if (incident is null)
        {
            return Failures.NotFound("The incident");
        }

        if (!user.CanKeepBorderIncidents)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, Today(), ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, incident, input.Version, Blank, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(incident);
        db.ExpectVersion(incident, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return incident.Id;
    }

    private static BorderIncident Blank() => new() { Place = string.Empty, Description = string.Empty };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
