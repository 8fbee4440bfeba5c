using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Web.Features.Accounts.Users;

public sealed record UserDetails(string Id, string Email, string DisplayName, string Role, int? ProvinceId, string? Unit, bool IsActive, bool IsDemo, bool HandlesBorderMatters = false, bool HandlesCitizenCases = false);

/// <summary>
/// What an administrator does to an account: change its role and province, deactivate or reactivate it,
/// reset its password. Every change also renews the account's security stamp, which ends its open sessions.
/// </summary>
public sealed class ManageUserHandler(AppDbContext db, UserManager<AppUser> users, CurrentUser admin, TimeProvider clock)
{
    public async Task<Result<UserDetails>> GetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? Failures.NotFound("The account") : Details(user);
    }

    public async Task<Result<UserDetails>> ChangeAccessAsync(string id, UserAccessInput input, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Failures.NotFound("The account");
        }

        var errors = new ValidationErrors().CheckAnnotations(input);
        await input.CheckAccessAsync(db, errors, ct);
        if (IsSelf(user) && input.Role != Roles.Administrator)
        {
            errors.Add(nameof(input.Role), "You can't take away your own administrator role; ask another administrator.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current);
        await users.AddToRoleAsync(user, input.Role!);
        user.Role = input.Role!;
        user.ProvinceId = input.ProvinceId;
        user.Unit = input.Role == Roles.UnitContributor ? input.Unit?.Trim() : null;
        user.HandlesBorderMatters = input.HandlesBorderMatters;
        user.HandlesCitizenCases = input.HandlesCitizenCases;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(ct);
        return Details(user);
    }

    public async Task<Result<UserDetails>> SetActiveAsync(string id, bool active)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Failures.NotFound("The account");
        }

        if (!active && IsSelf(user))
        {
            return new ConflictFailure("You can't deactivate your own account.");
        }

        // A deactivated account is locked out for good; its sessions end at their next check.
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, active ? null : DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        return Details(user);
    }

    /// <summary>Sets a new temporary password and returns it, to be handed over once.</summary>
    public async Task<Result<string>> ResetPasswordAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Failures.NotFound("The account");
        }

        var password = TemporaryPassword.Create();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        return reset.Succeeded ? password : new ConflictFailure(string.Join(" ", reset.Errors.Select(e => e.Description)));
    }

    private bool IsSelf(AppUser user) => string.Equals(user.UserName, admin.UserName, StringComparison.OrdinalIgnoreCase);

    private UserDetails Details(AppUser u) =>
        new(u.Id, u.Email!, u.DisplayName, u.Role, u.ProvinceId, u.Unit, u.LockoutEnd is null || u.LockoutEnd <= clock.GetUtcNow(), u.IsDemo, u.HandlesBorderMatters, u.HandlesCitizenCases);
}
