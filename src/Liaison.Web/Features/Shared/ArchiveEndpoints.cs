using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Shared;

public static class ArchiveEndpoints
{
    /// <summary>POST {group}/{id}/archive and /restore for one kind of record; the same rule for all (see <see cref="ArchiveRecordHandler"/>).</summary>
    public static void MapArchiving<T>(this RouteGroupBuilder api, string what, string prefix = "")
        where T : ProvinceRecord
    {
        api.MapPost(prefix + "/{id:int}/archive", async (int id, ArchiveRecordHandler handler, CancellationToken ct) =>
            (await handler.ArchiveAsync<T>(id, what, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary($"Archives the record (asks nothing: the page asks first). {what} leaves lists and figures and can be restored.");

        api.MapPost(prefix + "/{id:int}/restore", async (int id, ArchiveRecordHandler handler, CancellationToken ct) =>
            (await handler.RestoreAsync<T>(id, what, ct)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("Brings an archived record back.");
    }
}
