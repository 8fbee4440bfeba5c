using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Aid;

/// <summary>Registers an aid project of the user's province. Aid is kept by officers and leaders, like agreements.</summary>
public sealed class CreateAidProjectHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(AidProjectInput input, CancellationToken ct = default)
    {
        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var project = new AidProject { ProvinceId = user.ProvinceId!.Value, Title = string.Empty };
        input.ApplyTo(project, await AidPartnerNames.OfAsync(db, input, ct));
        db.Add(project);
        await db.SaveChangesAsync(ct);
        return project.Id;
    }
}

public sealed class UpdateAidProjectHandler(AppDbContext db, CurrentUser user)
{
    public async Task<Result<int>> HandleAsync(int id, AidProjectInput input, CancellationToken ct = default)
    {
        var project = await AidProjectQueries.WithRows(db.Set<AidProject>()).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (project is null)
        {
            return Failures.NotFound("The aid project");
        }

        if (!user.CanEditRegister)
        {
            return Failures.ReadOnly();
        }

        var errors = await input.ValidateAsync(db, ct);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var names = await AidPartnerNames.OfAsync(db, input, ct);
        if (StaleEdits.Detect(db, project, input.Version, () => new AidProject { Title = string.Empty }, p => input.ApplyTo(p, names)) is { } stale)
        {
            return stale;
        }

        input.ApplyTo(project, names);
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

internal static class AidPartnerNames
{
    /// <summary>A participant chosen from the register is named as the register names it.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> OfAsync(AppDbContext db, AidProjectInput input, CancellationToken ct)
    {
        var ids = input.Participants.Where(p => p.PartnerId is not null).Select(p => p.PartnerId!.Value).Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<int, string>() : await db.Partners.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.NameEn, ct);
    }
}

internal static class AidProjectQueries
{
    public static IQueryable<AidProject> WithRows(IQueryable<AidProject> projects) => projects
        .Include(a => a.Participants).Include(a => a.Sectors).Include(a => a.Places).Include(a => a.Transactions).Include(a => a.InKind)
        .AsSplitQuery();
}
