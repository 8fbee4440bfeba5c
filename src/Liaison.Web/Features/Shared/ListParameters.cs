namespace Liaison.Web.Features.Shared;

/// <summary>
/// The query-string fields every list shares (text, paging, sort, archived, province), bound beside a list's own query.
/// The API's endpoints are generated at compile time for start-up's sake (ADR 0020), and the generator binds only the
/// properties an [AsParameters] type declares, not those it inherits from <see cref="ListQuery"/>. So a list endpoint
/// takes these as a second [AsParameters] parameter and hands its handler <c>common.Into(query)</c>.
/// EndpointBindingTests fails for a list endpoint without them, and for a list or export that drops the page size or
/// the text it was given; ListParametersTests, if <see cref="Into"/> leaves a field behind.
/// </summary>
public sealed class ListParameters
{
    public string? Q { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }

    public string? Sort { get; set; }

    public bool? Desc { get; set; }

    public bool? Archived { get; set; }

    public string? Province { get; set; }

    /// <summary>The list's query with these fields set: what the runtime binder would have bound into it.</summary>
    public T Into<T>(T query)
        where T : ListQuery
    {
        query.Q = Q;
        query.Page = Page;
        query.PageSize = PageSize;
        query.Sort = Sort;
        query.Desc = Desc;
        query.Archived = Archived;
        query.Province = Province;
        return query;
    }
}
