using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Ngos;

/// <summary>Registers a foreign NGO active in the province or updates it (a renewed certificate, a report received); the register's keepers only.</summary>
public sealed class SaveForeignNgoHandler(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<Result<int>> CreateAsync(ForeignNgoInput input, CancellationToken ct = default)
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

        var ngo = Blank();
        ngo.ProvinceId = user.ProvinceId!.Value;
        input.ApplyTo(ngo);
        db.Add(ngo);
        await db.SaveChangesAsync(ct);
        return ngo.Id;
    }

    public async Task<Result<int>> UpdateAsync(int id, ForeignNgoInput input, CancellationToken ct = default)
    {
        var ngo = await db.Set<ForeignNgo>().Include(n => n.Projects).Include(n => n.Reports).AsSplitQuery().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (ngo is null)
        {
            return Failures.NotFound("The NGO");
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

        if (StaleEdits.Detect(db, ngo, input.Version, Blank, input.ApplyTo,
            ("Projects", n => string.Join("; ", n.Projects.Select(p => p.Name))),
            ("Reports", n => string.Join("; ", n.Reports.Select(r => $"{r.Year}: {r.ReceivedOn:yyyy-MM-dd}")))) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(ngo);
        db.ExpectVersion(ngo, input.Version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failures.StaleEdit();
        }

        return ngo.Id;
    }

    private static ForeignNgo Blank() => new() { CertificateNumber = string.Empty, IssuedBy = string.Empty };

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
