using System.ComponentModel.DataAnnotations;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Web.Features.Accounts.Users;

public sealed class InviteUserInput : UserAccessInput
{
    [Required(ErrorMessage = "Enter the person's email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.gov.vn.")]
    [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter the person's name.")]
    [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer.")]
    public string? DisplayName { get; set; }
}

/// <summary>The new account, and the temporary password to hand over once (there is no mail server to send it).</summary>
public sealed record InvitedUser(string Id, string Email, string TemporaryPassword);

/// <summary>An administrator opens an account for a person, with their role and province.</summary>
public sealed class InviteUserHandler(AppDbContext db, UserManager<AppUser> users)
{
    public async Task<Result<InvitedUser>> HandleAsync(InviteUserInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors().CheckAnnotations(input);
        await input.CheckAccessAsync(db, errors, ct);
        if (!errors.Has(nameof(input.Email)) && await users.FindByEmailAsync(input.Email!.Trim()) is not null)
        {
            errors.Add(nameof(input.Email), "There is already an account with this email address.");
        }

        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var email = input.Email!.Trim();
        var password = TemporaryPassword.Create();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = input.DisplayName!.Trim(),
            ProvinceId = input.ProvinceId,
            Role = input.Role!,
            Unit = input.Role == Roles.UnitContributor ? input.Unit?.Trim() : null,
            HandlesBorderMatters = input.HandlesBorderMatters,
            HandlesCitizenCases = input.HandlesCitizenCases,
        };

        // The account and its role are one change: both or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(nameof(input.Email), error.Description);
            }

            return errors.ToFailure();
        }

        await users.AddToRoleAsync(user, input.Role!);
        await transaction.CommitAsync(ct);
        return new InvitedUser(user.Id, email, password);
    }
}
