using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Delegations;

/// <summary>Records a delegation as a draft; it then moves through its statuses one allowed step at a time.</summary>
public sealed class CreateDelegationHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(DelegationInput input, CancellationToken ct = default)
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

        var delegation = new Delegation { ProvinceId = user.ProvinceId!.Value, Title = string.Empty, Status = DelegationStatus.Draft };
        input.ApplyTo(delegation);
        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(ct);
        return delegation.Id;
    }
}
