using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Accounts.Tokens;

public enum TokenScope
{
    ReadOnly,
    ReadWrite,
}

/// <summary>
/// A token a person makes for an integration: it acts as that person on the API, within its scope. Only a
/// hash of the secret is stored; the token itself is shown once, when made.
/// </summary>
public sealed class PersonalAccessToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>The token's public first part, to find it and to tell tokens apart in lists.</summary>
    public required string Prefix { get; set; }

    public required string SecretHash { get; set; }

    public TokenScope Scope { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(20);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.HasIndex(t => t.Prefix).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
