using Liaison.Web.Features.Accounts;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Aid;
using Liaison.Web.Features.Border;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Investment;
using Liaison.Web.Features.Labour;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Trade;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Shared;

/// <summary>
/// The four kinds of record by the name used in URLs ("agreements"): which type it is, whether the user
/// can see one, and who may change it. One table for the archive, history and files pages and endpoints.
/// </summary>
public static class RecordOwners
{
    public static string? TitleOf(string area) => area switch
    {
        "partners" => "Partners",
        "delegations" => "Delegations",
        "agreements" => "Agreements",
        "activities" => "Activities",
        "aid" => "Aid projects",
        "investments" => "Investment projects",
        "trade" => "Trade figures",
        "labour" => "Labour programmes",
        "gates" => "Border gates",
        "villages" => "Twinned villages",
        "apec" => "APEC card applications",
        "ngos" => "Foreign NGOs",
        "information" => "External information",
        "overseas" => "Overseas Vietnamese",
        _ => null,
    };

    public static string? TypeOf(string area) => area switch
    {
        "partners" => nameof(Partner),
        "delegations" => nameof(Delegation),
        "agreements" => nameof(Agreement),
        "activities" => nameof(Activity),
        "aid" => nameof(AidProject),
        "investments" => nameof(InvestmentProject),
        "trade" => nameof(TradeFigure),
        "labour" => nameof(LabourProgramme),
        "gates" => nameof(BorderGate),
        "villages" => nameof(VillagePair),
        "apec" => nameof(Apec.ApecApplication),
        "ngos" => nameof(Ngos.ForeignNgo),
        "information" => nameof(ExternalInformation.ExternalInfoItem),
        "overseas" => nameof(Overseas.OverseasContact),
        _ => null,
    };

    /// <summary>Whether the record exists and the user can see it (the province filter applies).</summary>
    public static Task<bool> IsVisibleAsync(AppDbContext db, string type, int id, CancellationToken ct) => type switch
    {
        nameof(Partner) => db.Partners.AnyAsync(r => r.Id == id, ct),
        nameof(Delegation) => db.Delegations.AnyAsync(r => r.Id == id, ct),
        nameof(Agreement) => db.Agreements.AnyAsync(r => r.Id == id, ct),
        nameof(Activity) => db.Activities.AnyAsync(r => r.Id == id, ct),
        nameof(AidProject) => db.AidProjects.AnyAsync(r => r.Id == id, ct),
        nameof(InvestmentProject) => db.InvestmentProjects.AnyAsync(r => r.Id == id, ct),
        nameof(TradeFigure) => db.TradeFigures.AnyAsync(r => r.Id == id, ct),
        nameof(LabourProgramme) => db.LabourProgrammes.AnyAsync(r => r.Id == id, ct),
        nameof(BorderGate) => db.Set<BorderGate>().AnyAsync(r => r.Id == id, ct),
        nameof(VillagePair) => db.Set<VillagePair>().AnyAsync(r => r.Id == id, ct),
        nameof(Apec.ApecApplication) => db.ApecApplications.AnyAsync(r => r.Id == id, ct),
        nameof(Ngos.ForeignNgo) => db.ForeignNgos.AnyAsync(r => r.Id == id, ct),
        nameof(ExternalInformation.ExternalInfoItem) => db.ExternalInfoItems.AnyAsync(r => r.Id == id, ct),
        nameof(Overseas.OverseasContact) => db.OverseasContacts.AnyAsync(r => r.Id == id, ct),
        _ => Task.FromResult(false),
    };

    /// <summary>
    /// Who may change the record, archive it or attach files to it. Border incidents are not in the tables above
    /// (no shared archive or history page shows them) but are kept only by those who handle border matters.
    /// </summary>
    public static bool CanChange(CurrentUser user, string type) => type switch
    {
        nameof(BorderIncident) => user.CanKeepBorderIncidents,
        nameof(CitizenProtection.CitizenCase) => user.CanKeepCitizenCases,
        nameof(Partner) or nameof(Agreement) or nameof(AidProject) or nameof(InvestmentProject) or nameof(TradeFigure) or nameof(LabourProgramme)
            or nameof(BorderGate) or nameof(VillagePair) or nameof(Apec.ApecApplication) or nameof(Ngos.ForeignNgo)
            or nameof(ExternalInformation.ExternalInfoItem) or nameof(Overseas.OverseasContact) => user.CanEditRegister,
        _ => user.CanEdit,
    };
}
