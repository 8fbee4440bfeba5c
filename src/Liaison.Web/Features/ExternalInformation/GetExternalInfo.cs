using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.ExternalInformation;

public sealed record ExternalInfoDetails(
    int Id, InfoKind Kind, string Title, InfoChannel Channel, string Language, DateOnly OccurredOn, int? Reach, string? Where, string? Response, DateOnly? RespondedOn,
    string? Notes, bool IsArchived, bool IsDemo, int Version, DateTime UpdatedAt, string? UpdatedBy)
{
    public ExternalInfoInput ToInput() => new()
    {
        Kind = Kind, Title = Title, Channel = Channel, Language = Language, OccurredOn = OccurredOn, Reach = Reach, Where = Where, Response = Response,
        RespondedOn = RespondedOn, Notes = Notes, Version = Version,
    };
}

public sealed class GetExternalInfoHandler(AppDbContext db)
{
    public async Task<Result<ExternalInfoDetails>> HandleAsync(int id, CancellationToken ct = default)
    {
        var i = await db.Set<ExternalInfoItem>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return i is null
            ? Failures.NotFound("The item")
            : new ExternalInfoDetails(i.Id, i.Kind, i.Title, i.Channel, i.Language, i.OccurredOn, i.Reach, i.Where, i.Response, i.RespondedOn, i.Notes,
                i.IsArchived, i.IsDemo, i.Version, i.UpdatedAt, i.UpdatedBy);
    }
}
