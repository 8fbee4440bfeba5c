using Liaison.Web.Features.Reports.Map;

namespace Liaison.Web.Tests.Features.Reports;

/// <summary>The world map drawn from the shipped shapes: every country the partners come from has an outline.</summary>
public sealed class WorldMapTests
{
    private static readonly string[] Neighbours = ["VN", "CN", "LA", "KH", "KR", "JP", "US"];

    [Fact]
    public void TheShippedShapes_DrawTheWorld_KeyedByTheCountryList()
    {
        var shapes = WorldMap.Shapes;

        Assert.InRange(shapes.Count, 160, 180);
        Assert.All(Neighbours, code => Assert.Contains(shapes, s => s.Code == code));
        Assert.DoesNotContain(shapes, s => s.Code == "AQ");
        Assert.Equal(shapes.Count, shapes.Select(s => s.Code).Distinct().Count());
        var vietnam = shapes.Single(s => s.Code == "VN");
        Assert.StartsWith("M", vietnam.Path, StringComparison.Ordinal);
        Assert.EndsWith("Z", vietnam.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Vietnam_IsDrawnWhereItLies()
    {
        // Between 102° and 110° east and 8° and 24° north: x = longitude + 180, y = 90 − latitude.
        var points = WorldMap.Shapes.Single(s => s.Code == "VN").Path
            .Split(['M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();

        Assert.All(points, p => Assert.InRange(p[0], 282, 290));
        Assert.All(points, p => Assert.InRange(p[1], 66, 82));
    }
}
