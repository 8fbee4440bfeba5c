using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Features.Accounts;

/// <summary>Puts the user's province and display name into the sign-in cookie, so no request needs a lookup.</summary>
public sealed class LiaisonClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LiaisonClaims.DisplayName, user.DisplayName));
        if (user.ProvinceId is { } provinceId)
        {
            identity.AddClaim(new Claim(LiaisonClaims.ProvinceId, provinceId.ToString(CultureInfo.InvariantCulture)));
        }

        if (!string.IsNullOrEmpty(user.Unit))
        {
            identity.AddClaim(new Claim(LiaisonClaims.Unit, user.Unit));
        }

        if (user.HandlesBorderMatters && Roles.BorderHandlers.Contains(user.Role))
        {
            identity.AddClaim(new Claim(LiaisonClaims.BorderMatters, "true"));
        }

        if (user.HandlesCitizenCases && Roles.CaseHandlers.Contains(user.Role))
        {
            identity.AddClaim(new Claim(LiaisonClaims.CitizenCases, "true"));
        }

        identity.AddClaim(new Claim(LiaisonClaims.Language, user.Language));
        return identity;
    }
}
