namespace Liaison.Web.Features.Shared;

/// <summary>One page of a list, with the total that the filters matched.</summary>
/// <param name="Totals">Sums over every matching record, not just this page (such as members or participants).</param>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, long>? Totals = null)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}

/// <summary>What every list accepts: free text, paging, sorting and whether archived records are included.</summary>
public abstract class ListQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    public string? Q { get; set; }

    // Optional in the query string, so nullable; the handlers read the Safe/Is forms below.
    public int? Page { get; set; }

    public int? PageSize { get; set; }

    public string? Sort { get; set; }

    public bool? Desc { get; set; }

    /// <summary>True to list only archived records instead of the current ones.</summary>
    public bool? Archived { get; set; }

    /// <summary>
    /// Province codes, comma-separated ("lai-chau,lao-cai"): only their records. A report's figure for some
    /// provinces links to its records this way; the reader's own province filter still applies underneath.
    /// </summary>
    public string? Province { get; set; }

    public int SafePage => Math.Max(1, Page ?? 1);

    public int SafePageSize => Math.Clamp(PageSize ?? DefaultPageSize, 1, MaxPageSize);

    public bool IsDesc => Desc == true;

    public bool IsArchived => Archived == true;

    /// <summary>Parses an enum filter from a page's query string; an unknown value means no filter.</summary>
    public static T? ParseEnum<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    /// <summary>The provinces <see cref="Province"/> names (unknown codes name none), or null for no such filter.</summary>
    public IReadOnlyList<int>? ProvinceIds => string.IsNullOrWhiteSpace(Province)
        ? null
        : Province.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(code => Provinces.ProvinceCatalog.All.FirstOrDefault(p => p.Code == code)?.Id ?? 0).Distinct().ToList();

    /// <summary>Keeps the records of the provinces the query names, when it names any.</summary>
    public IQueryable<T> InProvinces<T>(IQueryable<T> records)
        where T : Infrastructure.Data.ProvinceRecord
    {
        if (ProvinceIds is not { } ids)
        {
            return records;
        }

        return records.Where(r => ids.Contains(r.ProvinceId));
    }

    /// <summary>Every row of a list, read page by page through its own handler (what an export writes), up to <paramref name="limit"/> rows.</summary>
    public static Task<List<T>> AllPagesAsync<TQuery, T>(TQuery query, Func<TQuery, Task<Paged<T>>> list, int limit)
        where TQuery : ListQuery =>
        EveryPage(query, list, limit).ToListAsync().AsTask();

    /// <summary>The same rows as <see cref="AllPagesAsync"/>, as they are read, for an export to write without holding them all.</summary>
    public static IAsyncEnumerable<T> EveryPage<TQuery, T>(TQuery query, Func<TQuery, Task<Paged<T>>> list, int limit)
        where TQuery : ListQuery =>
        EveryPage(page =>
        {
            query.PageSize = MaxPageSize;
            query.Page = page;
            return list(query);
        }, limit);

    /// <summary>
    /// Every row of a list whose handler pages by itself, page after page up to <paramref name="limit"/> rows, for
    /// lists whose query is not a <see cref="ListQuery"/> (the audit search, the exchange rates): the handler keeps
    /// its own filters and rules (what the reader may see, what is withheld) instead of an export repeating them.
    /// </summary>
    public static async IAsyncEnumerable<T> EveryPage<T>(Func<int, Task<Paged<T>>> page, int limit)
    {
        var count = 0;
        for (var number = 1; ; number++)
        {
            var current = await page(number);
            foreach (var item in current.Items)
            {
                if (count++ >= limit)
                {
                    yield break;
                }

                yield return item;
            }

            if (number >= current.PageCount || current.Items.Count == 0)
            {
                yield break;
            }
        }
    }

    public static IQueryable<T> PageOf<T>(IQueryable<T> query, ListQuery list) =>
        query.Skip((list.SafePage - 1) * list.SafePageSize).Take(list.SafePageSize);
}
