using System.Globalization;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// Dates in addresses, file names and documents written in one fixed way, whatever the server's or the
/// request's culture: a culture with another calendar would otherwise turn "yyyy" into another year.
/// </summary>
public static class Dates
{
    public static string Format(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
