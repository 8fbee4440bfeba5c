using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Web.Features.Accounts;

public sealed record LanguageInput(string? Language);

/// <summary>Keeps the signed-in user's interface language on their account and renews their sign-in, whose claim carries it.</summary>
public sealed class ChangeLanguageHandler(UserManager<AppUser> users, SignInManager<AppUser> signIn, CurrentUser user)
{
    public async Task<Result<string>> HandleAsync(string? language)
    {
        if (!Languages.IsKnown(language))
        {
            var errors = new ValidationErrors();
            errors.Add("language", "Choose vi (Tiếng Việt), en (English) or ar (العربية).");
            return errors.ToFailure();
        }

        var account = user.UserName is { } name ? await users.FindByNameAsync(name) : null;
        if (account is null)
        {
            return Failures.NotFound("Your account");
        }

        account.Language = language!;
        if (!(await users.UpdateAsync(account)).Succeeded)
        {
            return new ConflictFailure("Your account changed meanwhile: choose the language again.");
        }

        // A cookie sign-in gets its new claim at once; a token's requests read the choice at their next sign-in.
        await signIn.RefreshSignInAsync(account);
        return language!;
    }
}
