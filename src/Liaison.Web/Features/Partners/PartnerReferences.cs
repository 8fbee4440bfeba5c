using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Partners;

/// <summary>Checks that partner ids named by a delegation, agreement or activity exist in the user's province.</summary>
public static class PartnerReferences
{
    public static async Task CheckAsync(AppDbContext db, IReadOnlyCollection<int> partnerIds, ValidationErrors errors, string key, CancellationToken ct)
    {
        if (partnerIds.Count == 0)
        {
            return;
        }

        var distinct = partnerIds.Distinct().ToList();
        // The province filter on Partners means another province's partner simply isn't found.
        var found = await db.Partners.CountAsync(p => distinct.Contains(p.Id), ct);
        if (found != distinct.Count)
        {
            errors.Add(key, "Choose partners from your province's register.");
        }
    }
}
