using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.CitizenProtection;

/// <summary>
/// Opens or updates a citizen-protection case with its people. Only a leader or officer who handles cases may; the check
/// is here as well as on the endpoints and pages, since a page is only one way in.
/// </summary>
public sealed class SaveCitizenCaseHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(CitizenCaseInput input, CancellationToken ct = default)
    {
        if (!user.CanKeepCitizenCases)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, Today(), ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var @case = Blank();
        @case.ProvinceId = user.ProvinceId!.Value;
        input.ApplyTo(@case);
        db.Add(@case);
        await db.SaveChangesAsync(ct);
        return @case.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, CitizenCaseInput input, CancellationToken ct = default)
    {
        var @case = user.HandlesCitizenCases ? await db.Set<CitizenCase>().Include(c => c.People).FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        if (@case is null)
        {
            return Failures.NotFound("The case");
        }

        if (!user.CanKeepCitizenCases)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, Today(), ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        if (StaleEdits.Detect(db, @case, input.Version, Blank, input.ApplyTo, ("People", PeopleSummary)) is { } stale)
        {
            // The answer shows the file as saved now, field by field: that is opening it.
            await db.RecordViewAsync(nameof(CitizenCase), @case.Id, @case.ProvinceId, GetCitizenCaseHandler.CaseFile, ct);
            return stale;
        }

        input.ApplyTo(@case);
        db.ExpectVersion(@case, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return @case.Id;
    }

    private static string PeopleSummary(CitizenCase c) => string.Join("; ", c.People.Select(p => p.FullName));

    private static CitizenCase Blank() => new() { CountryCode = string.Empty };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
