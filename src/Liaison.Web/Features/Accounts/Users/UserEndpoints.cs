using Liaison.Web.Infrastructure.Web;

namespace Liaison.Web.Features.Accounts.Users;

public static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/users").WithTags("Account").RequireAuthorization(Policies.Administrators).RequireRateLimiting(WebSecurity.ApiLimit);

        admin.MapGet("/export.csv", ([AsParameters] UserListQuery query, ExportUsersHandler handler, HttpContext http) => handler.WriteAsync(query, http.Response, http.RequestAborted))
            .WithSummary("The accounts as CSV, with the list's filters (q, role, provinceId): who may do what, no security data. Administrators only.");
    }
}
