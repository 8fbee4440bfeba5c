using System.Globalization;
using Liaison.Web.Infrastructure.Results;

namespace Liaison.Web.Features.Border;

/// <summary>
/// A date as a source gives it: a year, a month of a year, or a day. Stored as its first day with a precision,
/// so that it sorts with the others and is never shown as more exact than it is ("2025", not "1 Jan 2025").
/// </summary>
public static class PartialDate
{
    /// <summary>The date and its precision, or null with an error under <paramref name="field"/> when the parts don't make a date.</summary>
    public static (DateOnly Date, DatePrecision Precision)? Build(int? year, int? month, int? day, string field, ValidationErrors errors, DateOnly latest)
    {
        if (year is null)
        {
            if (month is not null || day is not null)
            {
                errors.Add(field, "Enter the year as well.");
            }

            return null;
        }

        if (year is < 1900 or > 2100)
        {
            errors.Add(field, "The year must be between 1900 and 2100.");
            return null;
        }

        if (day is not null && month is null)
        {
            errors.Add(field, "Enter the month as well as the day.");
            return null;
        }

        if (month is < 1 or > 12)
        {
            errors.Add(field, "The month must be between 1 and 12.");
            return null;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year.Value, month!.Value)))
        {
            errors.Add(field, $"{year}-{month:00} has no day {d}.");
            return null;
        }

        var date = new DateOnly(year.Value, month ?? 1, day ?? 1);
        if (date > latest)
        {
            errors.Add(field, "The date can't be in the future: the history records what has happened.");
            return null;
        }

        return (date, day is not null ? DatePrecision.Day : month is not null ? DatePrecision.Month : DatePrecision.Year);
    }

    /// <summary>The date as far as it is known, in the reader's language: "2019", "Mar 2019" (Vietnamese "03/2019"), "5 Mar 2019" ("05/03/2019").</summary>
    public static string Format(DateOnly date, DatePrecision precision)
    {
        var vietnamese = Infrastructure.Text.Languages.Current == Infrastructure.Text.Languages.Vietnamese;
        return precision switch
        {
            DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Month => date.ToString(vietnamese ? "MM/yyyy" : "MMM yyyy", CultureInfo.CurrentCulture),
            _ => date.ToString(vietnamese ? "dd/MM/yyyy" : "d MMM yyyy", CultureInfo.CurrentCulture),
        };
    }

    public static (int? Year, int? Month, int? Day) Parts(DateOnly? date, DatePrecision precision) => date is not { } d
        ? (null, null, null)
        : (d.Year, precision == DatePrecision.Year ? null : d.Month, precision == DatePrecision.Day ? d.Day : null);
}
