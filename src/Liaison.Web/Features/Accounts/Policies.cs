using Microsoft.AspNetCore.Authorization;

namespace Liaison.Web.Features.Accounts;

/// <summary>
/// Named authorization policies for pages and endpoints that only some roles may open at all. Handlers
/// still check every change themselves (a page is only one way in); a policy makes the page itself answer
/// "not allowed" rather than showing a form that could never be saved.
/// </summary>
public static class Policies
{
    public const string Administrators = "Administrators";

    /// <summary>Creates and changes delegations and activities: leaders, officers, unit contributors.</summary>
    public const string EditsVisitsAndEvents = "EditsVisitsAndEvents";

    /// <summary>Keeps the register (partners, agreements, aid, investment, trade, labour): leaders and officers.</summary>
    public const string KeepsRegister = "KeepsRegister";

    /// <summary>Reads border incidents: leaders, officers and the ministry given the border permission (ADR 0011).</summary>
    public const string HandlesBorderMatters = "HandlesBorderMatters";

    /// <summary>Opens citizen-protection case files: leaders, officers and the ministry given the case permission (ADR 0017).</summary>
    public const string HandlesCitizenCases = "HandlesCitizenCases";

    public static AuthorizationBuilder AddLiaisonPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Administrators, p => p.RequireRole(Roles.Administrator))
        .AddPolicy(EditsVisitsAndEvents, p => p.RequireRole(Roles.Editors).RequireClaim(LiaisonClaims.ProvinceId))
        .AddPolicy(KeepsRegister, p => p.RequireRole(Roles.RegisterKeepers).RequireClaim(LiaisonClaims.ProvinceId))
        .AddPolicy(HandlesBorderMatters, p => p.RequireRole(Roles.BorderHandlers).RequireClaim(LiaisonClaims.BorderMatters, "true"))
        .AddPolicy(HandlesCitizenCases, p => p.RequireRole(Roles.CaseHandlers).RequireClaim(LiaisonClaims.CitizenCases, "true"));
}
