using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Partners;

public sealed class CreatePartnerHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(PartnerInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, editingId: null, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var partner = new Partner { ProvinceId = user.ProvinceId!.Value, NameEn = string.Empty, CountryCode = string.Empty };
        input.ApplyTo(partner);
        db.Partners.Add(partner);
        await db.SaveChangesAsync(ct);
        return partner.Id;
    }
}
