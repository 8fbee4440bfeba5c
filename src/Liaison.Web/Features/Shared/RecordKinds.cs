namespace Liaison.Web.Features.Shared;

/// <summary>
/// The kinds of province record as a reader sees them: the words for one ("Aid project") and the path of its pages
/// ("aid", so /aid/12). Keyed by the record's type name, as the audit trail and the search index name it.
/// </summary>
public static class RecordKinds
{
    private static readonly Dictionary<string, (string Words, string Path)> Kinds = new(StringComparer.Ordinal)
    {
        ["Partner"] = ("Partner", "partners"),
        ["Delegation"] = ("Delegation", "delegations"),
        ["Agreement"] = ("Agreement", "agreements"),
        ["Activity"] = ("Activity", "activities"),
        ["AidProject"] = ("Aid project", "aid"),
        ["InvestmentProject"] = ("Investment project", "investments"),
        ["TradeFigure"] = ("Trade figure", "trade"),
        ["LabourProgramme"] = ("Labour programme", "labour"),
        ["Mechanism"] = ("Mechanism", "mechanisms"),
        ["MechanismSession"] = ("Session", "sessions"),
        ["BorderGate"] = ("Border gate", "gates"),
        ["VillagePair"] = ("Twinned villages", "villages"),
        ["BorderIncident"] = ("Border incident", "incidents"),
        ["CitizenCase"] = ("Citizen protection case", "cases"),
        ["ApecApplication"] = ("APEC card application", "apec"),
        ["ForeignNgo"] = ("Foreign NGO", "ngos"),
        ["ExternalInfoItem"] = ("External information", "information"),
        ["OverseasContact"] = ("Overseas Vietnamese contact", "overseas"),
    };

    public static IReadOnlyCollection<string> Types => Kinds.Keys;

    /// <summary>
    /// Kinds behind a permission of their own (ADR 0011, 0017): border incidents for those who handle border matters,
    /// citizen-protection cases (and the people in them) for those who handle cases. Everything that lists records of
    /// any kind (search, recent changes, the audit trail's values) asks this.
    /// </summary>
    public static bool IsWithheldFrom(Accounts.CurrentUser user, string? type) => type switch
    {
        "BorderIncident" => !user.HandlesBorderMatters,
        "CitizenCase" or "CasePerson" => !user.HandlesCitizenCases,
        _ => false,
    };

    public static string Words(string type) => Kinds.TryGetValue(type, out var kind) ? kind.Words : type;

    public static string Link(string type, int id) => $"/{Kinds[type].Path}/{id}";
}
