using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Liaison.Web.Infrastructure.Data;
using Liaison.Web.Infrastructure.Results;
using Microsoft.EntityFrameworkCore;

namespace Liaison.Web.Features.Accounts.Users;

/// <summary>A role and, for the roles that work inside one province, that province.</summary>
public class UserAccessInput
{
    [Required(ErrorMessage = "Choose a role.")]
    public string? Role { get; set; }

    public int? ProvinceId { get; set; }

    /// <summary>For a unit contributor: the unit it registers for.</summary>
    [StringLength(200, ErrorMessage = "The unit must be 200 characters or fewer.")]
    public string? Unit { get; set; }

    /// <summary>Handles border matters: reads (and, for a leader or officer, keeps) border incidents.</summary>
    public bool HandlesBorderMatters { get; set; }

    /// <summary>Handles citizen-protection cases: opens (and, for a leader or officer, keeps) the files of the people in them.</summary>
    public bool HandlesCitizenCases { get; set; }

    /// <summary>Roles that see one province's records; the ministry reader and the administrator have none.</summary>
    public static bool NeedsProvince(string? role) => role is Roles.ProvincialLeader or Roles.Officer or Roles.UnitContributor or Roles.Viewer;

    internal async Task CheckAccessAsync(AppDbContext db, ValidationErrors errors, CancellationToken ct)
    {
        if (Role is not null && !Roles.All.Contains(Role))
        {
            errors.Add(nameof(Role), "Choose a role from the list.");
            return;
        }

        if (NeedsProvince(Role) && ProvinceId is null)
        {
            errors.Add(nameof(ProvinceId), "Choose the province this person works for.");
        }
        else if (!NeedsProvince(Role) && ProvinceId is not null)
        {
            errors.Add(nameof(ProvinceId), "A ministry reader or an administrator belongs to no province: leave the province empty.");
        }
        else if (ProvinceId is { } id && !await db.Provinces.AnyAsync(p => p.Id == id, ct))
        {
            errors.Add(nameof(ProvinceId), "Choose a province from the list.");
        }

        if (HandlesBorderMatters && Role is not null && !Roles.BorderHandlers.Contains(Role))
        {
            errors.Add(nameof(HandlesBorderMatters), "Only a leader, an officer or a ministry reader can handle border matters.");
        }

        if (HandlesCitizenCases && Role is not null && !Roles.CaseHandlers.Contains(Role))
        {
            errors.Add(nameof(HandlesCitizenCases), "Only a leader, an officer or a ministry reader can handle citizen-protection cases.");
        }

        if (Role == Roles.UnitContributor && string.IsNullOrWhiteSpace(Unit))
        {
            errors.Add(nameof(Unit), "Enter the unit this person registers for, such as the Department of Culture, Sports and Tourism.");
        }
    }
}

/// <summary>Passwords an administrator hands over once, for a new account or a reset.</summary>
public static class TemporaryPassword
{
    // No look-alike characters (0/O, 1/l/I), so it can be read out over the phone.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const string Digits = "23456789";

    /// <summary>16 random characters after "Tmp-", ending in two digits so the password policy (upper, lower, digit) always holds.</summary>
    public static string Create() => "Tmp-" + RandomNumberGenerator.GetString(Alphabet, 14) + RandomNumberGenerator.GetString(Digits, 2);
}
