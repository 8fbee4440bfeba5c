using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Border;

/// <param name="SinceText">The date as precisely as it is known, or null when not known.</param>
public sealed record VillagePairDetails(
    int Id, string OurVillage, string OurCommune, string TheirVillage, string? TheirLocality, string CountryCode, int? AgreementId, string? AgreementTitle,
    DateOnly? Since, DatePrecision SincePrecision, string? SinceText, string? Notes, bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public VillagePairInput ToInput()
    {
        var (year, month, day) = PartialDate.Parts(Since, SincePrecision);
        return new()
        {
            OurVillage = OurVillage, OurCommune = OurCommune, TheirVillage = TheirVillage, TheirLocality = TheirLocality, CountryCode = CountryCode,
            AgreementId = AgreementId, SinceYear = year, SinceMonth = month, SinceDay = day, Notes = Notes, Version = Version,
        };
    }
}

public sealed class GetVillagePairHandler(AppDbContext db)
{
    public async Task<Result<VillagePairDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var p = await db.Set<VillagePair>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return Failures.NotFound("The village pair");
        }

        var agreement = p.AgreementId is { } agreementId ? await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => a.Title).FirstOrDefaultAsync(ct) : null;
        return new VillagePairDetails(p.Id, p.OurVillage, p.OurCommune, p.TheirVillage, p.TheirLocality, p.CountryCode, p.AgreementId, agreement,
            p.Since, p.SincePrecision, p.Since is { } since ? PartialDate.Format(since, p.SincePrecision) : null, p.Notes,
            p.IsArchived, p.IsDemo, p.Version, p.UpdatedAt, p.UpdatedBy);
    }
}
