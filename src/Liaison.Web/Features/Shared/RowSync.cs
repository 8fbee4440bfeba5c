namespace Liaison.Web.Features.Shared;

/// <summary>
/// Brings a record's rows (contacts, members, parties) in line with the rows of a form, position by
/// position: a changed row is updated in place rather than deleted and re-created, so the history
/// shows what really changed.
/// </summary>
public static class RowSync
{
    public static void Apply<TRow, TInput>(List<TRow> rows, IReadOnlyList<TInput> inputs, Func<TRow> create, Action<TInput, TRow> copy)
    {
        for (var i = 0; i < inputs.Count; i++)
        {
            if (i == rows.Count)
            {
                rows.Add(create());
            }

            copy(inputs[i], rows[i]);
        }

        if (rows.Count > inputs.Count)
        {
            rows.RemoveRange(inputs.Count, rows.Count - inputs.Count);
        }
    }
}
