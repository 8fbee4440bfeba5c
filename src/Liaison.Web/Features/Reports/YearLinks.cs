using Microsoft.AspNetCore.WebUtilities;

namespace Liaison.Web.Features.Reports;

/// <summary>
/// The list behind one year of a figure: the figure's own link with its dates narrowed to that year's part of the
/// period, so a bar of a chart opens exactly the records it stands for.
/// </summary>
public static class YearLinks
{
    public static string? For(Report report, Indicator indicator, int year)
    {
        var question = indicator.Link.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return null;
        }

        var fields = QueryHelpers.ParseQuery(indicator.Link[question..]);
        if (!fields.ContainsKey("from") || !fields.ContainsKey("to"))
        {
            return null; // a state of the register today: not cut by year
        }

        var from = new DateOnly(year, 1, 1) < report.From ? report.From : new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31) > report.To ? report.To : new DateOnly(year, 12, 31);
        var query = fields.Select(f => f.Key switch
        {
            "from" => $"from={Dates.Format(from, "yyyy-MM-dd")}",
            "to" => $"to={Dates.Format(to, "yyyy-MM-dd")}",
            _ => $"{f.Key}={Uri.EscapeDataString(f.Value.ToString())}",
        });
        return $"{indicator.Link[..question]}?{string.Join('&', query)}";
    }

    /// <summary>A figure's years as the bars of a chart, each linked to its records.</summary>
    public static IReadOnlyList<ChartBar> Bars(Report report, Indicator indicator) =>
        indicator.ByYear.Select(y => new ChartBar(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Value, For(report, indicator, y.Year))).ToList();
}
