using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Activities;

public sealed class CreateActivityHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(ActivityInput input, CancellationToken ct = default)
    {
        if (!user.CanEdit)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var activity = new Activity { ProvinceId = user.ProvinceId!.Value, Title = string.Empty, CountryCode = string.Empty };
        input.ApplyTo(activity);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(ct);
        return activity.Id;
    }
}
