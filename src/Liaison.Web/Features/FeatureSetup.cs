using Liaison.Web.Features.Accounts.Users;
using Liaison.Web.Features.Activities;
using Liaison.Web.Features.Aid;
using Liaison.Web.Features.Apec;
using Liaison.Web.Features.Agreements;
using Liaison.Web.Features.Attachments;
using Liaison.Web.Features.Audit;
using Liaison.Web.Features.Border;
using Liaison.Web.Features.CitizenProtection;
using Liaison.Web.Features.Deadlines;
using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.ExternalInformation;
using Liaison.Web.Features.Import;
using Liaison.Web.Features.Investment;
using Liaison.Web.Features.Labour;
using Liaison.Web.Features.Mechanisms;
using Liaison.Web.Features.Money;
using Liaison.Web.Features.Ngos;
using Liaison.Web.Features.Overseas;
using Liaison.Web.Features.Partners;
using Liaison.Web.Features.Reports;
using Liaison.Web.Features.Search;
using Liaison.Web.Features.Trade;

namespace Liaison.Web.Features;

public static class FeatureSetup
{
    /// <summary>
    /// Registers every use-case handler (a class whose name ends in "Handler" under Features/) as scoped.
    /// Pages and API endpoints both resolve them, so each rule lives in one place.
    /// </summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        var handlers = typeof(FeatureSetup).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal)
                && t.Namespace?.StartsWith("Liaison.Web.Features", StringComparison.Ordinal) == true);
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }

        return services;
    }

    public static void MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPartnerEndpoints();
        app.MapDelegationEndpoints();
        app.MapAgreementEndpoints();
        app.MapActivityEndpoints();
        app.MapAuditEndpoints();
        app.MapAttachmentEndpoints();
        app.MapMoneyEndpoints();
        app.MapAidEndpoints();
        app.MapInvestmentEndpoints();
        app.MapTradeEndpoints();
        app.MapLabourEndpoints();
        app.MapDeadlineEndpoints();
        app.MapMechanismEndpoints();
        app.MapBorderEndpoints();
        app.MapCitizenCaseEndpoints();
        app.MapApecEndpoints();
        app.MapForeignNgoEndpoints();
        app.MapExternalInfoEndpoints();
        app.MapOverseasEndpoints();
        app.MapReportEndpoints();
        app.MapUserEndpoints();
        app.MapSearchEndpoints();
        app.MapImportEndpoints();
    }
}
