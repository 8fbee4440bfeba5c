using System.ComponentModel.DataAnnotations;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Accounts.Tokens;

public sealed class NewTokenInput
{
    [Required(ErrorMessage = "Name the token after what will use it, for example \"Reporting spreadsheet\".")]
    [StringLength(100, ErrorMessage = "The name must be 100 characters or fewer.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose what the token may do.")]
    public TokenScope? Scope { get; set; }
}

public sealed record TokenView(int Id, string Name, string Prefix, TokenScope Scope, DateTime CreatedAt, DateTime? RevokedAt);

/// <summary>A person's own tokens: list, make (the token is returned once), revoke.</summary>
public sealed class ManageTokensHandler(AppDbContext db, UserManager<AppUser> users, CurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<TokenView>> ListAsync(CancellationToken ct = default)
    {
        var id = await UserIdAsync();
        return await db.Set<PersonalAccessToken>().AsNoTracking().Where(t => t.UserId == id).OrderByDescending(t => t.Id)
            .Select(t => new TokenView(t.Id, t.Name, t.Prefix, t.Scope, t.CreatedAt, t.RevokedAt)).ToListAsync(ct);
    }

    public async Task<Result<string>> CreateAsync(NewTokenInput input, CancellationToken ct = default)
    {
        var errors = new ValidationErrors().CheckAnnotations(input);
        if (errors.Any)
        {
            return errors.ToFailure();
        }

        var (token, prefix, hash) = TokenSecrets.Create();
        db.Add(new PersonalAccessToken
        {
            UserId = await UserIdAsync(),
            Name = input.Name!.Trim(),
            Prefix = prefix,
            SecretHash = hash,
            Scope = input.Scope!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<Result<int>> RevokeAsync(int id, CancellationToken ct = default)
    {
        var owner = await UserIdAsync();
        var token = await db.Set<PersonalAccessToken>().FirstOrDefaultAsync(t => t.Id == id && t.UserId == owner, ct);
        if (token is null)
        {
            return Failures.NotFound("The token");
        }

        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return id;
    }

    private async Task<string> UserIdAsync() =>
        (await users.FindByNameAsync(user.UserName!))?.Id ?? throw new InvalidOperationException("No signed-in user.");
}
