using System.ComponentModel.DataAnnotations;
using Liaison.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Liaison.Web.Features.Accounts;

public sealed record ApiLoginRequest([property: Required] string? Email, [property: Required] string? Password);

public sealed record WhoAmI(string UserName, string DisplayName, int? ProvinceId, IReadOnlyList<string> Roles);

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/account").WithTags("Account");

        api.MapPost("/login", async Task<IResult> (ApiLoginRequest request, SignInManager<AppUser> signIn) =>
        {
            var errors = new ValidationErrors().CheckAnnotations(request);
            if (errors.Any)
            {
                return errors.ToFailure().ToProblem();
            }

            var result = await signIn.PasswordSignInAsync(request.Email!, request.Password!, isPersistent: false, lockoutOnFailure: true);
            return result.Succeeded
                ? TypedResults.NoContent()
                : TypedResults.Problem(
                    result.IsLockedOut ? "Too many failed attempts: the account is locked for a few minutes." : "The email address or password is not right.",
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Sign-in failed");
        }).AllowAnonymous().RequireRateLimiting(Infrastructure.Web.WebSecurity.SignInLimit)
            .WithSummary("Signs in with email and password and sets the session cookie.");

        api.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.NoContent();
        }).WithSummary("Signs out.");

        api.MapGet("/me", (CurrentUser user, HttpContext http) => TypedResults.Ok(new WhoAmI(
            user.UserName!,
            user.DisplayName,
            user.ProvinceId,
            Roles.All.Where(user.IsInRole).ToList()))).WithSummary("Who is signed in.");

        // The page's sign-out button posts here (a form post with the antiforgery token, then a redirect).
        app.MapPost("/account/logout", async (SignInManager<AppUser> signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).ExcludeFromDescription();

        // The language menu's form: keeps the choice on the account and renews the sign-in so the next page speaks it.
        app.MapPost("/account/language", async Task<IResult> ([FromForm] string? language, [FromForm] string? returnUrl, ChangeLanguageHandler handler) =>
        {
            var changed = await handler.HandleAsync(language);
            // Back to the page the menu was on: a path of this site only, else the home page.
            var back = returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
                && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) ? url : "/";
            return changed.Succeeded ? TypedResults.Redirect(back) : changed.Failure!.ToProblem();
        }).ExcludeFromDescription();

        api.MapPut("/language", async (LanguageInput input, ChangeLanguageHandler handler) =>
            (await handler.HandleAsync(input.Language)).ToHttp(_ => TypedResults.NoContent()))
            .WithSummary("Chooses the interface language (vi, en or ar), kept on the account; the response's new cookie carries it.");
    }
}
