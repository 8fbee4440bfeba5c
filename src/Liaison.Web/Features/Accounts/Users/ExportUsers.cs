using Liaison.Web.Features.Shared;

namespace Liaison.Web.Features.Accounts.Users;

/// <summary>The accounts as CSV for administrators, with the page's filters: no password or security data, only who may do what.</summary>
public sealed class ExportUsersHandler(ListUsersHandler users)
{
    public Task WriteAsync(UserListQuery query, HttpResponse response, CancellationToken ct)
    {
        var rows = ListQuery.EveryPage(page =>
        {
            query.Page = page;
            return users.HandleAsync(query, ct);
        }, CsvExport.MaxRows);
        return CsvExport.WriteAsync(response, "users.csv",
            ["email", "name", "role", "province", "active", "demo"],
            rows,
            u => [u.Email, u.DisplayName, u.Role, u.ProvinceName, u.IsActive ? "yes" : "no", u.IsDemo ? "yes" : "no"]);
    }
}
