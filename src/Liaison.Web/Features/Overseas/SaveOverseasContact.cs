using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Overseas;

/// <summary>Registers an overseas Vietnamese contact with the events they took part in, or updates one; the register's keepers only.</summary>
public sealed class SaveOverseasContactHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(OverseasContactInput input, CancellationToken ct = default)
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

        var contact = Blank();
        contact.ProvinceId = user.ProvinceId!.Value;
        input.ApplyTo(contact);
        db.Add(contact);
        await db.SaveChangesAsync(ct);
        return contact.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, OverseasContactInput input, CancellationToken ct = default)
    {
        var contact = await db.Set<OverseasContact>().Include(c => c.Involvements).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contact is null)
        {
            return Failures.NotFound("The contact");
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

        if (StaleEdits.Detect(db, contact, input.Version, Blank, input.ApplyTo, ("Involvements", c => string.Join("; ", c.Involvements.Select(i => i.Name)))) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(contact);
        db.ExpectVersion(contact, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return contact.Id;
    }

    private static OverseasContact Blank() => new() { Name = string.Empty, CountryCode = string.Empty };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
