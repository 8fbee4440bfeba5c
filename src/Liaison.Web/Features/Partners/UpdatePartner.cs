using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Partners;

public sealed class UpdatePartnerHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int id, PartnerInput input, CancellationToken ct = default)
    {
        var partner = await db.Partners.Include(p => p.Contacts).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partner is null)
        {
            return Failures.NotFound("The partner");
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

        if (StaleEdits.Detect(db, partner, input.Version, () => new Partner { NameEn = string.Empty, CountryCode = string.Empty }, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(partner);
        db.ExpectVersion(partner, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return partner.Id;
    }
}
