using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Liaison.Web.Infrastructure.Web;

/// <summary>Security headers on every response and rate limits on sign-in and the API.</summary>
public static class WebSecurity
{
    public const string SignInLimit = "sign-in";
    public const string ApiLimit = "api";

    // Pages use no inline script; inline style attributes (bar widths) are allowed. The API reference page
    // (Scalar) starts itself with an inline module script, so it gets its own, looser policy.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddLiaisonRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                await context.HttpContext.Response.WriteAsJsonAsync(
                    new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 429, Title = "Too many requests", Detail = "Too many attempts in a short time. Wait a minute and try again." },
                    options: null, contentType: "application/problem+json", cancellationToken: ct);
            };

            // Sign-in attempts per client address: slows password guessing across accounts (lockout covers one account).
            o.AddPolicy(SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = configuration.GetValue("RateLimits:SignInPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                }));

            // API requests per signed-in user (or address), generous enough for integrations.
            o.AddPolicy(ApiLimit, http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = configuration.GetValue("RateLimits:ApiBurst", 600),
                    TokensPerPeriod = configuration.GetValue("RateLimits:ApiPerSecond", 100),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                }));
        });
        return services;
    }

    /// <summary>
    /// JSON bodies of the API are small (a record is a few kilobytes); anything over the limit is refused
    /// before it is read. File uploads have their own limit (Attachments:MaxBytes).
    /// </summary>
    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app, long maxBytes) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var isUpload = request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;
            if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !isUpload)
            {
                if (request.ContentLength > maxBytes)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    await context.Response.WriteAsJsonAsync(
                        new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 413, Title = "Request too large", Detail = $"A request to the API may carry at most {maxBytes / 1024} KB." },
                        options: null, contentType: "application/problem+json");
                    return;
                }

                if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                {
                    limit.MaxRequestBodySize = maxBytes; // bodies sent without a length are cut off by the server
                }
            }

            await next();
        });

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var reference = context.Request.Path.StartsWithSegments("/api/reference", StringComparison.OrdinalIgnoreCase);
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                {
                    // An endpoint may have set a stricter one (file downloads are sandboxed).
                    headers.ContentSecurityPolicy = reference ? ReferencePagePolicy : ContentSecurityPolicy;
                }
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
}
