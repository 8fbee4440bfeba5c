using Liaison.Web.Features.Shared;
using Liaison.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Accounts.Users;

public sealed class UserListQuery
{
    public string? Q { get; set; }

    public string? Role { get; set; }

    public int? ProvinceId { get; set; }

    public int? Page { get; set; }
}

public sealed record UserRow(string Id, string Email, string DisplayName, string Role, int? ProvinceId, string? ProvinceName, bool IsActive, bool IsDemo);

/// <summary>The accounts, for administrators: by name or email, role and province.</summary>
public sealed class ListUsersHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<Paged<UserRow>> HandleAsync(UserListQuery query, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var q = query.Q.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(q) || u.DisplayName.ToUpper().Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(query.Role))
        {
            users = users.Where(u => u.Role == query.Role);
        }

        if (query.ProvinceId is { } province)
        {
            users = users.Where(u => u.ProvinceId == province);
        }

        var page = Math.Max(1, query.Page ?? 1);
        const int size = 50;
        var total = await users.CountAsync(ct);
        var rows = await users.OrderBy(u => u.Email).Skip((page - 1) * size).Take(size)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.Role, u.ProvinceId, ProvinceName = u.Province != null ? u.Province.NameEn : null, u.LockoutEnd, u.IsDemo })
            .ToListAsync(ct);
        return new Paged<UserRow>(
            rows.Select(u => new UserRow(u.Id, u.Email!, u.DisplayName, u.Role, u.ProvinceId, u.ProvinceName, u.LockoutEnd is null || u.LockoutEnd <= now, u.IsDemo)).ToList(),
            total, page, size);
    }
}
