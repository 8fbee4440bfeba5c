using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Partners;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Audit;

/// <summary>
/// The one way a record leaves the database: an administrator purges a record that was archived first.
/// The record and its rows are loaded before they are removed, so the audit trail keeps every value they
/// had, as Deleted entries, in the same transaction.
/// </summary>
public sealed class PurgeRecordHandler(AppDbContext db)
{
    public async Task<Result<int>> HandleAsync(string area, int id, CancellationToken ct = default)
    {
        // Administrators see no province's records through the usual filter: a purge reaches past it on purpose.
        ProvinceRecord? record = area switch
        {
            "partners" => await db.Partners.IgnoreQueryFilters().Include(p => p.Contacts).FirstOrDefaultAsync(p => p.Id == id, ct),
            "delegations" => await db.Delegations.IgnoreQueryFilters().Include(d => d.Members).Include(d => d.Countries).Include(d => d.Partners)
                .AsSplitQuery().FirstOrDefaultAsync(d => d.Id == id, ct),
            "agreements" => await db.Agreements.IgnoreQueryFilters().Include(a => a.DomesticParties).Include(a => a.Partners).Include(a => a.Fields)
                .Include(a => a.Events).Include(a => a.Commitments).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct),
            "activities" => await db.Activities.IgnoreQueryFilters().Include(a => a.Partners).FirstOrDefaultAsync(a => a.Id == id, ct),
            "investments" => await db.InvestmentProjects.IgnoreQueryFilters().Include(p => p.Adjustments).FirstOrDefaultAsync(p => p.Id == id, ct),
            "trade" => await db.TradeFigures.IgnoreQueryFilters().FirstOrDefaultAsync(t => t.Id == id, ct),
            "labour" => await db.LabourProgrammes.IgnoreQueryFilters().Include(p => p.Seasons).FirstOrDefaultAsync(p => p.Id == id, ct),
            "aid" => await Aid.AidProjectQueries.WithRows(db.AidProjects.IgnoreQueryFilters()).FirstOrDefaultAsync(a => a.Id == id, ct),
            "gates" => await db.Set<Border.BorderGate>().IgnoreQueryFilters().Include(g => g.Events).FirstOrDefaultAsync(g => g.Id == id, ct),
            "villages" => await db.Set<Border.VillagePair>().IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == id, ct),
            "apec" => await db.ApecApplications.IgnoreQueryFilters().FirstOrDefaultAsync(a => a.Id == id, ct),
            "information" => await db.ExternalInfoItems.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.Id == id, ct),
            "overseas" => await db.OverseasContacts.IgnoreQueryFilters().Include(c => c.Involvements).FirstOrDefaultAsync(c => c.Id == id, ct),
            "ngos" => await db.ForeignNgos.IgnoreQueryFilters().Include(n => n.Projects).Include(n => n.Reports).FirstOrDefaultAsync(n => n.Id == id, ct),
            _ => null,
        };
        if (record is null)
        {
            return Failures.NotFound("The record");
        }

        if (!record.IsArchived)
        {
            return new ConflictFailure("Only an archived record can be purged: archive it first, so that nothing is lost by one click.");
        }

        if (record is Partner && await IsReferencedAsync(id, ct) is { } references)
        {
            return new ConflictFailure($"This partner is still named by {references}; purge or change those first.");
        }

        db.Remove(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A record that something still points to (a kind the check above doesn't know yet) is kept, whole:
            // the save and its audit entries roll back together.
            return new ConflictFailure("This record is still named by other records; purge or change those first.");
        }

        return id;
    }

    private async Task<string?> IsReferencedAsync(int partnerId, CancellationToken ct)
    {
        var delegations = await db.Delegations.IgnoreQueryFilters().CountAsync(d => d.Partners.Any(p => p.PartnerId == partnerId), ct);
        var agreements = await db.Agreements.IgnoreQueryFilters().CountAsync(a => a.Partners.Any(p => p.PartnerId == partnerId), ct);
        var activities = await db.Activities.IgnoreQueryFilters().CountAsync(a => a.Partners.Any(p => p.PartnerId == partnerId), ct);
        var aid = await db.AidProjects.IgnoreQueryFilters().CountAsync(a => a.Participants.Any(p => p.PartnerId == partnerId), ct);
        var investments = await db.InvestmentProjects.IgnoreQueryFilters().CountAsync(i => i.InvestorId == partnerId, ct);
        var labour = await db.LabourProgrammes.IgnoreQueryFilters().CountAsync(l => l.PartnerId == partnerId, ct);
        var children = await db.Partners.IgnoreQueryFilters().CountAsync(p => p.ParentId == partnerId, ct);
        var total = delegations + agreements + activities + aid + investments + labour + children;
        return total == 0
            ? null
            : $"{delegations} delegation(s), {agreements} agreement(s), {activities} activit(ies), {aid} aid project(s), {investments} investment project(s), "
                + $"{labour} labour programme(s) and {children} partner(s) under it";
    }
}
