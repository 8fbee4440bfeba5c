using System.Globalization;

namespace Liaison.Web.Components.Shared;

/// <summary>Turns enum names into words for people ("ForeignProvince" → "Foreign province"), and formats dates.</summary>
public static class Labels
{
    public static string Of(Enum? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return Infrastructure.Text.EnumWords.Of(value);
    }

    /// <summary>A PascalCase name as words in the reader's language: "StartDate" → "Start date", "Ngày bắt đầu" (through the message catalogue).</summary>
    public static string Words(string name) => Infrastructure.Text.Messages.Translate(Infrastructure.Text.Wording.Words(name));

    // Dates and numbers in the reader's language (the request's culture): Vietnamese 05/03/2025 and 1.234.567,
    // English 5 Mar 2025 and 1,234,567.
    public static string Date(DateOnly? date) => date?.ToString(DatePattern, CultureInfo.CurrentCulture) ?? "–";

    public static string Date(DateTime? date) => date?.ToString(DatePattern + " HH:mm", CultureInfo.CurrentCulture) ?? "–";

    private static string DatePattern => Infrastructure.Text.Languages.Current == Infrastructure.Text.Languages.Vietnamese ? "dd/MM/yyyy" : "d MMM yyyy";

    public static string Range(DateOnly start, DateOnly end) => start == end ? Date(start) : $"{Date(start)} – {Date(end)}";

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A position as people read it on a map: 25.04° N, 102.71° E.</summary>
    public static string Coordinates(double latitude, double longitude) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Abs(latitude):0.##}° {(latitude < 0 ? "S" : "N")}, {Math.Abs(longitude):0.##}° {(longitude < 0 ? "W" : "E")}");

    public static string Country(string? code) => Liaison.Web.Features.Reference.Countries.Find(code) is { } c ? c.LocalName : code ?? string.Empty;
}
