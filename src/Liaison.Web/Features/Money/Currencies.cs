using System.Collections.Frozen;
using System.Globalization;
using Liaison.Web.Features.Reference;

namespace Liaison.Web.Features.Money;

/// <param name="MinorUnits">Digits after the decimal point that the currency uses: 0 for the dong and the won, 2 for the dollar.</param>
public sealed record Currency(string Code, string Name, int MinorUnits);

/// <summary>
/// The ISO 4217 currencies shipped with the application (currencies.csv, generated from the IATI Currency
/// code list, withdrawn codes left out, with each currency's minor units). Amounts store the code.
/// </summary>
public static class Currencies
{
    public const string Dong = "VND";
    public const string Dollar = "USD";

    private static readonly Lazy<FrozenDictionary<string, Currency>> ByCode = new(Load);

    public static IReadOnlyCollection<Currency> All => ByCode.Value.Values;

    public static bool IsKnown(string? code) => code is not null && ByCode.Value.ContainsKey(code);

    public static Currency? Find(string? code) => code is not null && ByCode.Value.TryGetValue(code, out var c) ? c : null;

    /// <summary>Rounds to the currency's smallest unit, halves away from zero, as accounts are kept.</summary>
    public static decimal Round(decimal amount, string code) =>
        Math.Round(amount, Find(code)?.MinorUnits ?? 2, MidpointRounding.AwayFromZero);

    /// <summary>The same amount without the trailing zeros a database column's scale adds (15970000000.0000 → 15970000000).</summary>
    public static decimal Normalize(decimal amount) => amount / 1.000000000000000000000000000000000m;

    /// <summary>
    /// "1,234,567 VND" or "1,234.50 USD": the amount with as many decimals as the currency uses, written as the
    /// reader's language writes numbers (Vietnamese: "1.234.567 VND").
    /// </summary>
    public static string Format(decimal amount, string code) =>
        $"{amount.ToString("N" + (Find(code)?.MinorUnits ?? 2).ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture)} {code}";

    public static IEnumerable<Currency> Sorted => All.OrderBy(c => c.Code, StringComparer.Ordinal);

    private static FrozenDictionary<string, Currency> Load()
    {
        using var stream = typeof(Currencies).Assembly.GetManifestResourceStream("Liaison.currencies.csv")
            ?? throw new InvalidOperationException("The embedded currency list is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var currencies = new List<Currency>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                var f = Csv.SplitLine(line);
                currencies.Add(new Currency(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture)));
            }
        }

        return currencies.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }
}
