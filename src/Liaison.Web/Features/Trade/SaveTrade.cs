using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Trade;

/// <summary>Records a trade figure of the user's province; kept by officers and leaders, like the rest of the register.</summary>
public sealed class CreateTradeFigureHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(TradeInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = input.Validate();
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var figure = new TradeFigure { ProvinceId = user.ProvinceId!.Value, CountryCode = string.Empty, Currency = string.Empty };
        input.ApplyTo(figure);
        db.Add(figure);
        await db.SaveChangesAsync(ct);
        return figure.Id;
    }
}

public sealed class UpdateTradeFigureHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int id, TradeInput input, CancellationToken ct = default)
    {
        var figure = await db.Set<TradeFigure>().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (figure is null)
        {
            return Failures.NotFound("The trade figure");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = input.Validate();
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, figure, input.Version, () => new TradeFigure { CountryCode = string.Empty, Currency = string.Empty }, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(figure);
        db.ExpectVersion(figure, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return figure.Id;
    }
}
