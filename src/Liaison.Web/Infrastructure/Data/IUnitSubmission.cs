namespace Liaison.Web.Infrastructure.Data;

/// <summary>
/// A record a unit of the province (a department, commune, college) can register online. A unit
/// contributor sees only its own unit's; the province's officers and leaders see all of them.
/// </summary>
public interface IUnitSubmission
{
    string? SubmittedByUnit { get; set; }
}
