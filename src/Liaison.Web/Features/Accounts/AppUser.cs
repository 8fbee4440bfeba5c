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

    /// <summary>
    /// The user's one role, kept here as well as in Identity's role table so that a change of role is in
    /// the audit trail with the rest of the account, and lists need no join.
    /// </summary>
    public string Role { get; set; } = Roles.Viewer;

    /// <summary>For a unit contributor: the department, commune or college it registers for. It sees only that unit's submissions.</summary>
    public string? Unit { get; set; }

    /// <summary>
    /// Handles border matters (the border-affairs desk, working with the border guard): only such a user reads
    /// and keeps border incidents. A permission on top of the role rather than a role of its own, so that a
    /// border officer keeps everything an officer does (ADR 0011).
    /// </summary>
    public bool HandlesBorderMatters { get; set; }

    /// <summary>
    /// Handles citizen-protection cases (people of the province in difficulty abroad or sent back): only such a user
    /// opens a person's file, and every opening is audited. Like the border permission, on top of the role (ADR 0017).
    /// </summary>
    public bool HandlesCitizenCases { get; set; }

    /// <summary>The interface language the user chose (vi, en or ar), remembered from one sign-in to the next.</summary>
    public string Language { get; set; } = Infrastructure.Text.Languages.English;

    /// <summary>SHA-256 of the secret in the user's calendar-feed address; null when the feed is off. Reset by making a new one.</summary>
    public string? CalendarKeyHash { get; set; }
}
