using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Agreements;

/// <summary>Records an agreement at the start of its life (proposed), with its parties and commitments.</summary>
public sealed class CreateAgreementHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(AgreementInput input, CancellationToken ct = default)
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

        var agreement = new Agreement { ProvinceId = user.ProvinceId!.Value, Title = string.Empty, Status = AgreementStatus.Proposed };
        input.ApplyTo(agreement);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return agreement.Id;
    }
}
