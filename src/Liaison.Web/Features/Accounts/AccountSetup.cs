using Liaison.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Liaison.Web.Features.Accounts.Keys;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Web.Features.Accounts;

public static class AccountSetup
{
    public static IServiceCollection AddLiaisonAccounts(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddLiaisonDataProtection();
        services
            .AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<LiaisonClaimsFactory>()
            .AddDefaultTokenProviders();

        // API requests with "Bearer lia_…" sign in with a personal access token; everything else uses the cookie.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "Liaison";
                o.DefaultAuthenticateScheme = "Liaison";
                o.DefaultChallengeScheme = "Liaison";
                o.DefaultForbidScheme = "Liaison";
            })
            .AddPolicyScheme("Liaison", "Cookie or personal access token", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
                    ? Tokens.TokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Tokens.TokenAuthenticationHandler>(Tokens.TokenAuthenticationHandler.SchemeName, null);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "liaison.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // secure whenever served over HTTPS, as production is
            // Strict keeps the cookie off cross-site requests, which is what protects the JSON API from CSRF.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = SessionCheck.ValidatePrincipalAsync;
        });

        // How often a session re-checks its account: a deactivated account or a changed role takes effect
        // at the next check, so it is kept short.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IConfiguration>((o, configuration) =>
            o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Accounts:SessionCheckSeconds", 60)));

        // Nothing answers without a signed-in user unless it says [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddLiaisonPolicies();
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>The API answers 401/403 with a problem document; pages redirect to the sign-in page.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return context.Response.WriteAsJsonAsync(
                new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = status,
                    Title = status == 401 ? "Sign-in required" : "Forbidden",
                    Detail = status == 401 ? "Sign in first: POST /api/account/login." : "Your account may not do this.",
                },
                options: null,
                contentType: "application/problem+json");
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
