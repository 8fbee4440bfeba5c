using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Delegations;

public sealed class UpdateDelegationHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int id, DelegationInput input, CancellationToken ct = default)
    {
        var delegation = await db.Delegations
            .Include(d => d.Members).Include(d => d.Countries).Include(d => d.Partners)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, ct);
        if (delegation is null)
        {
            return Failures.NotFound("The delegation");
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

        if (StaleEdits.Detect(db, delegation, input.Version, () => new Delegation { Title = string.Empty }, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(delegation);
        db.ExpectVersion(delegation, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return delegation.Id;
    }
}
