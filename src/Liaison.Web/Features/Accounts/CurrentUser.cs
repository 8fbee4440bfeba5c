using System.Globalization;
using System.Security.Claims;
using Liaison.Web.Features.Accounts;

namespace Liaison.Web.Features.Accounts;

/// <summary>
/// Who is asking, read from the sign-in cookie's claims. The database context uses it to limit every
/// query to the user's province; handlers use it to refuse changes by read-only accounts.
/// Without a signed-in user (background work) it sees nothing.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsSignedIn => Principal?.Identity?.IsAuthenticated == true;

    public string? UserName => IsSignedIn ? Principal!.Identity!.Name : null;

    public string DisplayName => Principal?.FindFirstValue(LiaisonClaims.DisplayName) ?? UserName ?? "system";

    public int? ProvinceId =>
        int.TryParse(Principal?.FindFirstValue(LiaisonClaims.ProvinceId), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    /// <summary>The unit a unit contributor registers for; null for everyone else.</summary>
    public string? Unit => IsInRole(Roles.UnitContributor) ? Principal?.FindFirstValue(LiaisonClaims.Unit) ?? string.Empty : null;

    /// <summary>The ministry reads every province's records.</summary>
    public bool ReadsAllProvinces => IsSignedIn && IsInRole(Roles.MinistryReader);

    /// <summary>Signed in with a personal access token that may only read.</summary>
    public bool IsReadOnlyToken => Principal?.FindFirstValue(Tokens.TokenAuthenticationHandler.ScopeClaim) == nameof(Tokens.TokenScope.ReadOnly);

    /// <summary>May create and change the province's delegations and activities.</summary>
    public bool CanEdit => IsSignedIn && !IsReadOnlyToken && ProvinceId is not null && Roles.Editors.Any(IsInRole);

    /// <summary>May create and change the province's partners and agreements.</summary>
    public bool CanEditRegister => IsSignedIn && !IsReadOnlyToken && ProvinceId is not null && Roles.RegisterKeepers.Any(IsInRole);

    /// <summary>Reads border incidents: a leader, an officer or the ministry given the border permission.</summary>
    public bool HandlesBorderMatters => IsSignedIn && Principal!.HasClaim(LiaisonClaims.BorderMatters, "true") && Roles.BorderHandlers.Any(IsInRole);

    /// <summary>Records and handles the province's border incidents.</summary>
    public bool CanKeepBorderIncidents => CanEditRegister && HandlesBorderMatters;

    /// <summary>Opens citizen-protection case files (names, documents): a leader, an officer or the ministry given the case permission.</summary>
    public bool HandlesCitizenCases => IsSignedIn && Principal!.HasClaim(LiaisonClaims.CitizenCases, "true") && Roles.CaseHandlers.Any(IsInRole);

    /// <summary>Records and follows up the province's cases, and may export the people in them.</summary>
    public bool CanKeepCitizenCases => CanEditRegister && HandlesCitizenCases;

    public bool IsAnyOf(IEnumerable<string> roles) => roles.Any(IsInRole);
}
