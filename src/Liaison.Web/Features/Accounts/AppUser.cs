using Liaison.Web.Features.Provinces;
using Microsoft.AspNetCore.Identity;

namespace Liaison.Web.Features.Accounts;

public sealed class AppUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The province whose records the user sees and edits; null for ministry and administrator accounts.</summary>
    public int? ProvinceId { get; set; }

    public Province? Province { get; set; }

    public bool IsDemo { get; set; }
}
