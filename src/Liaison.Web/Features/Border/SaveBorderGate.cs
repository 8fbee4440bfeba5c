using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

/// <summary>Registers or corrects a border gate and its history; kept by officers and leaders, like the rest of the register.</summary>
public sealed class SaveBorderGateHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(BorderGateInput input, CancellationToken ct = default)
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

        var gate = new BorderGate { ProvinceId = user.ProvinceId!.Value, Name = string.Empty, CounterpartName = string.Empty, CounterpartCountryCode = string.Empty };
        input.ApplyTo(gate);
        db.Add(gate);
        await db.SaveChangesAsync(ct);
        return gate.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, BorderGateInput input, CancellationToken ct = default)
    {
        var gate = await db.Set<BorderGate>().Include(g => g.Events).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (gate is null)
        {
            return Failures.NotFound("The border gate");
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

        if (StaleEdits.Detect(db, gate, input.Version, () => new BorderGate { Name = string.Empty, CounterpartName = string.Empty, CounterpartCountryCode = string.Empty }, input.ApplyTo,
                ("History", g => GateHistory.Describe(g.Events))) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(gate);
        db.ExpectVersion(gate, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return gate.Id;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
