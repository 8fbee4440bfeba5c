using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Overseas;

public sealed record InvolvementDetails(int Id, string Name, DateOnly? OccurredOn, string? Note);

public sealed record OverseasContactDetails(
    int Id, OverseasContactKind Kind, string Name, string CountryCode, string? City, string? Field, string? HomeTie, string? HowToReach, string? Notes,
    IReadOnlyList<InvolvementDetails> Involvements, bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public OverseasContactInput ToInput() => new()
    {
        Kind = Kind, Name = Name, CountryCode = CountryCode, City = City, Field = Field, HomeTie = HomeTie, HowToReach = HowToReach, Notes = Notes, Version = Version,
        Involvements = [.. Involvements.Select(i => new InvolvementInput { Name = i.Name, OccurredOn = i.OccurredOn, Note = i.Note })],
    };
}

public sealed class GetOverseasContactHandler(AppDbContext db)
{
    public async Task<Result<OverseasContactDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var c = await db.Set<OverseasContact>().AsNoTracking().Include(x => x.Involvements).FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null
            ? Failures.NotFound("The contact")
            : new OverseasContactDetails(c.Id, c.Kind, c.Name, c.CountryCode, c.City, c.Field, c.HomeTie, c.HowToReach, c.Notes,
                [.. c.Involvements.OrderBy(i => i.OccurredOn).ThenBy(i => i.Id).Select(i => new InvolvementDetails(i.Id, i.Name, i.OccurredOn, i.Note))],
                c.IsArchived, c.IsDemo, c.Version, c.UpdatedAt, c.UpdatedBy);
    }
}
