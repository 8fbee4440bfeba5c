using System.Security.Claims;
using System.Text.Encodings.Web;
using Liaison.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Features.Accounts.Tokens;

/// <summary>
/// Signs in an API request that carries "Authorization: Bearer lia_…": as the token's owner, with the
/// owner's current role and province, and with the token's scope as a claim (read-only tokens change nothing).
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "LiaisonToken";
    public const string ScopeClaim = "liaison:scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        var prefix = TokenSecrets.PrefixOf(token);
        var stored = prefix is null ? null : await db.Set<PersonalAccessToken>().AsNoTracking().FirstOrDefaultAsync(t => t.Prefix == prefix);
        if (stored is null || stored.RevokedAt is not null || !TokenSecrets.Matches(token, stored.SecretHash))
        {
            return AuthenticateResult.Fail("The token is not valid or was revoked.");
        }

        var user = await users.FindByIdAsync(stored.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token's account is deactivated.");
        }

        var principal = await principals.CreateAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(ScopeClaim, stored.Scope.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Response.WriteAsJsonAsync(
            new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 401, Title = "Sign-in required", Detail = "Send a valid personal access token, or sign in." },
            options: null, contentType: "application/problem+json");
    }
}
