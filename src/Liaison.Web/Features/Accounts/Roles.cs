namespace Liaison.Web.Features.Accounts;

/// <summary>
/// The roles of a foreign-affairs office. This first version enforces the province boundary and the
/// read-only ministry; approvals by leaders and unit contributors' scope arrive with the roles issue.
/// </summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string MinistryReader = "MinistryReader";
    public const string ProvincialLeader = "ProvincialLeader";
    public const string Officer = "Officer";
    public const string UnitContributor = "UnitContributor";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } =
        [Administrator, MinistryReader, ProvincialLeader, Officer, UnitContributor, Viewer];

    /// <summary>Roles that may create and change their province's records.</summary>
    public static IReadOnlyList<string> Editors { get; } = [ProvincialLeader, Officer, UnitContributor];
}

public static class LiaisonClaims
{
    public const string ProvinceId = "liaison:province";
    public const string DisplayName = "liaison:name";
}
