using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Apec;

/// <summary>Registers an application (its first step, received) or corrects what it asks for; the register's keepers only.</summary>
public sealed class SaveApecApplicationHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(ApecApplicationInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = input.Validate(Today(), existing: null);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var application = Blank();
        application.ProvinceId = user.ProvinceId!.Value;
        application.Step = ApecStep.Received;
        input.ApplyTo(application);
        db.Add(application);
        await db.SaveChangesAsync(ct);
        return application.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, ApecApplicationInput input, CancellationToken ct = default)
    {
        var application = await db.Set<ApecApplication>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null)
        {
            return Failures.NotFound("The application");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = input.Validate(Today(), application);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, application, input.Version, Blank, input.ApplyTo) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(application);
        db.ExpectVersion(application, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return application.Id;
    }

    internal static ApecApplication Blank() => new() { ApplicantName = string.Empty, CompanyName = string.Empty, PassportNumber = string.Empty, Economies = string.Empty };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
