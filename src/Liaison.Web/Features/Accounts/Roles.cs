namespace Liaison.Web.Features.Accounts;

/// <summary>
/// The roles of a foreign-affairs office. Who may make which status move is in the status rules of each
/// area; a unit contributor sees and changes only its own unit's delegations and activities.
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

    /// <summary>Roles that may create and change their province's delegations and activities.</summary>
    public static IReadOnlyList<string> Editors { get; } = [ProvincialLeader, Officer, UnitContributor];

    /// <summary>Roles that keep the register (partners, agreements, aid, investment, trade, labour): not a unit contributor, who registers its own visits and events.</summary>
    public static IReadOnlyList<string> RegisterKeepers { get; } = [ProvincialLeader, Officer];

    public static IReadOnlyList<string> Leaders { get; } = [ProvincialLeader];

    /// <summary>Roles that may be given the border permission: leaders and officers keep incidents, the ministry reads them.</summary>
    public static IReadOnlyList<string> BorderHandlers { get; } = [ProvincialLeader, Officer, MinistryReader];

    /// <summary>Roles that may be given the citizen-protection permission: leaders and officers keep cases, the ministry reads them.</summary>
    public static IReadOnlyList<string> CaseHandlers { get; } = [ProvincialLeader, Officer, MinistryReader];
}

public static class LiaisonClaims
{
    public const string ProvinceId = "liaison:province";
    public const string DisplayName = "liaison:name";
    public const string Unit = "liaison:unit";

    /// <summary>Present ("true") when the user handles border matters.</summary>
    public const string BorderMatters = "liaison:border";

    /// <summary>Present ("true") when the user handles citizen-protection cases.</summary>
    public const string CitizenCases = "liaison:cases";

    /// <summary>The interface language the user chose: vi, en or ar.</summary>
    public const string Language = "liaison:lang";
}
