using System.Text;
using Liaison.Web.Features.Reference;

namespace Liaison.Web.Features.Shared;

/// <summary>
/// Writes a list as CSV while it is read from the database, row by row, so a large export never sits in
/// memory. UTF-8 with a byte-order mark, which spreadsheet programs need to show Vietnamese correctly.
/// </summary>
public static class CsvExport
{
    public const int MaxRows = 100_000;

    public static async Task WriteAsync<T>(HttpResponse response, string fileName, IReadOnlyList<string> headers, IAsyncEnumerable<T> rows, Func<T, IEnumerable<string?>> cells)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024);
        await writer.WriteLineAsync(string.Join(',', headers.Select(Csv.Cell)));
        await foreach (var row in rows)
        {
            await writer.WriteLineAsync(string.Join(',', cells(row).Select(Csv.Cell)));
        }
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Number(decimal? value) => value is { } v ? Money.Currencies.Normalize(v).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A moment in UTC, as ISO 8601, which every spreadsheet reads.</summary>
    public static string Moment(DateTime? at) => at?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
