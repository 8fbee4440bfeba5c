using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Investment;

/// <summary>Registers an FDI project of the user's province; kept by officers and leaders, like the rest of the register.</summary>
public sealed class CreateInvestmentHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(InvestmentInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var (errors, country) = await input.ValidateAsync(db, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var project = new InvestmentProject { ProvinceId = user.ProvinceId!.Value, Name = string.Empty, CountryCode = string.Empty, Currency = string.Empty };
        input.ApplyTo(project, country!);
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return project.Id;
    }
}

public sealed class UpdateInvestmentHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int id, InvestmentInput input, CancellationToken ct = default)
    {
        var project = await db.Set<InvestmentProject>().Include(p => p.Adjustments).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return Failures.NotFound("The investment project");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var (errors, country) = await input.ValidateAsync(db, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, project, input.Version, () => new InvestmentProject { Name = string.Empty, CountryCode = string.Empty, Currency = string.Empty }, p => input.ApplyTo(p, country!)) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(project, country!);
        db.ExpectVersion(project, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return project.Id;
    }
}
