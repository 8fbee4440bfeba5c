using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

/// <summary>Registers or corrects a pair of twinned border villages; kept by officers and leaders.</summary>
public sealed class SaveVillagePairHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(VillagePairInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, Today(), ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var pair = Blank();
        pair.ProvinceId = user.ProvinceId!.Value;
        input.ApplyTo(pair);
        db.Add(pair);
        await db.SaveChangesAsync(ct);
        return pair.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, VillagePairInput input, CancellationToken ct = default)
    {
        var pair = await db.Set<VillagePair>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pair is null)
        {
            return Failures.NotFound("The village pair");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, Today(), ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, pair, input.Version, Blank, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(pair);
        db.ExpectVersion(pair, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return pair.Id;
    }

    private static VillagePair Blank() => new() { OurVillage = string.Empty, OurCommune = string.Empty, TheirVillage = string.Empty, CountryCode = string.Empty };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
