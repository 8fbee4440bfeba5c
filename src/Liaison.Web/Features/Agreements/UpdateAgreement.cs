using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Agreements;

public sealed class UpdateAgreementHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int id, AgreementInput input, CancellationToken ct = default)
    {
        var agreement = await db.Agreements
            .Include(a => a.DomesticParties).Include(a => a.Partners).Include(a => a.Fields).Include(a => a.Commitments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null)
        {
            return Failures.NotFound("The agreement");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, editingId: id, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, agreement, input.Version, () => new Agreement { Title = string.Empty }, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(agreement);
        db.ExpectVersion(agreement, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return agreement.Id;
    }
}
