using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Activities;

public sealed class UpdateActivityHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int id, ActivityInput input, CancellationToken ct = default)
    {
        var activity = await db.Activities.Include(a => a.Partners).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return Failures.NotFound("The activity");
        }

        if (!user.CanEdit)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, activity, input.Version, () => new Activity { Title = string.Empty, CountryCode = string.Empty }, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(activity);
        db.ExpectVersion(activity, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return activity.Id;
    }
}
