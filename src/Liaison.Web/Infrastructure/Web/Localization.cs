using Liaison.Web.Features.Accounts;
using Liaison.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Localization;

namespace Liaison.Web.Infrastructure.Web;

/// <summary>
/// Each request speaks the signed-in user's language (a claim, from the choice kept on their account), and
/// English before sign-in. Dates and numbers follow the same culture. See ADR 0014.
/// </summary>
public static class Localization
{
    public static IServiceCollection AddLiaisonLocalization(this IServiceCollection services) =>
        services.AddLocalization(o => o.ResourcesPath = "Resources");

    public static IApplicationBuilder UseLiaisonLocalization(this IApplicationBuilder app)
    {
        var cultures = Languages.All.Select(l => Languages.Culture(l.Code)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Languages.Culture(Languages.English)),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(new CustomRequestCultureProvider(context =>
        {
            var language = context.User.FindFirst(LiaisonClaims.Language)?.Value;
            var culture = Languages.IsKnown(language) ? Languages.Culture(language).Name : null;
            return Task.FromResult(culture is null ? null : new ProviderCultureResult(culture));
        }));
        return app.UseRequestLocalization(options);
    }
}
