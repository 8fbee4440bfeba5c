using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Accounts.Keys;

/// <summary>
/// One key of ASP.NET Core's data-protection key ring, as the XML the key manager writes. The keys sign and encrypt
/// the sign-in cookie and the forms' antiforgery tokens; kept in the database, every instance of the application
/// reads the same ring, so a person signed in on one instance stays signed in on the others (ADR 0019).
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}
