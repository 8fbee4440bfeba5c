using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Reference;

/// <summary>The managed list of fields of cooperation, in their set order, for forms, filters and labels.</summary>
public sealed class ListCooperationFieldsHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<CooperationField>> HandleAsync(CancellationToken ct = default) =>
        await db.CooperationFields.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder).ToListAsync(ct);
}
