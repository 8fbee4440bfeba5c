using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Liaison.Web.Features.Accounts;

/// <summary>
/// Re-checks a signed-in session against its account (deactivated, role or password changed) once the session
/// check interval has passed, with ASP.NET Core Identity's own validator.
/// </summary>
/// <remarks>
/// Identity's validator decides the same "is it due" only after it has been resolved, and resolving it builds the
/// sign-in manager, the user and role managers and their stores for every request, although a check is due for one
/// request in a minute or so. That was about 8% of the application's work per request in issue 9's load test.
/// The interval and the rule are Identity's: <see cref="SecurityStampValidatorOptions.ValidationInterval"/>, and a
/// session is checked when more time than that has passed since its cookie was issued (or renewed).
/// </remarks>
public static class SessionCheck
{
    public static Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        // The same options and clock as Identity's validator reads.
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return IsDue(context.Properties.IssuedUtc, now, options.ValidationInterval)
            ? SecurityStampValidator.ValidatePrincipalAsync(context)
            : Task.CompletedTask;
    }

    /// <summary>Identity's rule: a session without an issue time is checked, and one is checked once the interval has passed.</summary>
    public static bool IsDue(DateTimeOffset? issuedUtc, DateTimeOffset now, TimeSpan interval) =>
        issuedUtc is not { } issued || now - issued > interval;
}
