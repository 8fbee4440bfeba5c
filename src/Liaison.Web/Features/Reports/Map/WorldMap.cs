using System.Globalization;
using System.Text;
using System.Text.Json;
using Liaison.Web.Features.Reference;

namespace Liaison.Web.Features.Reports.Map;

/// <summary>A country's outline as an SVG path, keyed by its ISO alpha-2 code.</summary>
public sealed record CountryShape(string Code, string Name, string Path);

/// <summary>
/// The world's countries as SVG paths, drawn on the server from the Natural Earth 1:110m shapes of the npm
/// package world-atlas 2.0.2 (ISC licence, shipped in the assembly), so the map works on a closed network
/// and without scripts. Equirectangular: longitude and latitude straight to x and y, which keeps the code
/// small and is plain enough for a map whose point is which countries, not their areas.
/// </summary>
public static class WorldMap
{
    /// <summary>The drawing's width and height in SVG units: 360 by 150 (from 84°N to 66°S, Antarctica left out).</summary>
    public const string ViewBox = "0 6 360 150";

    private static readonly Lazy<IReadOnlyList<CountryShape>> Loaded = new(Load);

    public static IReadOnlyList<CountryShape> Shapes => Loaded.Value;

    private static List<CountryShape> Load()
    {
        using var stream = typeof(WorldMap).Assembly.GetManifestResourceStream("Liaison.countries-110m.json")
            ?? throw new InvalidOperationException("The embedded world map is missing.");
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var transform = root.GetProperty("transform");
        var scale = transform.GetProperty("scale").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var translate = transform.GetProperty("translate").EnumerateArray().Select(v => v.GetDouble()).ToArray();

        // Arcs are quantized and delta-encoded: each point is the sum of those before it, then scaled.
        var arcs = root.GetProperty("arcs").EnumerateArray().Select(arc =>
        {
            var (x, y) = (0, 0);
            return arc.EnumerateArray().Select(p =>
            {
                x += p[0].GetInt32();
                y += p[1].GetInt32();
                return (Lon: x * scale[0] + translate[0], Lat: y * scale[1] + translate[1]);
            }).ToArray();
        }).ToArray();

        var shapes = new List<CountryShape>();
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            if (!geometry.TryGetProperty("id", out var id) || geometry.GetProperty("type").GetString() is not { } type
                || Countries.FindByNumeric(id.GetString()!) is not { } country || country.Code == "AQ")
            {
                continue; // disputed areas without a code, and Antarctica
            }

            List<JsonElement> polygons = type == "Polygon"
                ? [geometry.GetProperty("arcs")]
                : geometry.GetProperty("arcs").EnumerateArray().ToList();
            var path = new StringBuilder();
            foreach (var polygon in polygons)
            {
                foreach (var ring in polygon.EnumerateArray())
                {
                    Ring(path, ring.EnumerateArray().Select(i => i.GetInt32()), arcs);
                }
            }

            shapes.Add(new CountryShape(country.Code, country.NameEn, path.ToString()));
        }

        return shapes;
    }

    /// <summary>A closed ring of arcs; a negative index (~i) means arc i walked backwards. Shared end points are drawn once.</summary>
    private static void Ring(StringBuilder path, IEnumerable<int> indices, (double Lon, double Lat)[][] arcs)
    {
        var first = true;
        foreach (var index in indices)
        {
            var points = index >= 0 ? arcs[index] : arcs[~index].Reverse().ToArray();
            for (var p = first ? 0 : 1; p < points.Length; p++)
            {
                path.Append(first && p == 0 ? 'M' : 'L')
                    .Append((points[p].Lon + 180).ToString("0.##", CultureInfo.InvariantCulture)).Append(',')
                    .Append((90 - points[p].Lat).ToString("0.##", CultureInfo.InvariantCulture));
            }

            first = false;
        }

        path.Append('Z');
    }
}
