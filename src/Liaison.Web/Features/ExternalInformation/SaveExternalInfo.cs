using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.ExternalInformation;

/// <summary>Records an item of the external-information programme or a monitored claim, or corrects one; the register's keepers only.</summary>
public sealed class SaveExternalInfoHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(ExternalInfoInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = input.Validate(Today());
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var item = Blank();
        item.ProvinceId = user.ProvinceId!.Value;
        input.ApplyTo(item);
        db.Add(item);
        await db.SaveChangesAsync(ct);
        return item.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, ExternalInfoInput input, CancellationToken ct = default)
    {
        var item = await db.Set<ExternalInfoItem>().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null)
        {
            return Failures.NotFound("The item");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = input.Validate(Today());
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, item, input.Version, Blank, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(item);
        db.ExpectVersion(item, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return item.Id;
    }

    private static ExternalInfoItem Blank() => new() { Title = string.Empty, Language = string.Empty };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
