using Liaison.Web.Features.Delegations;
using Liaison.Web.Features.Shared;

namespace Liaison.Web.Tests.Features.Shared;

public sealed class ListParametersTests
{
    [Fact]
    public void Into_SetsEveryFieldTheListQueryInherits()
    {
        // Each field gets a value of its own, so that a field copied into another, or not at all, shows.
        var common = new ListParameters();
        var given = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in typeof(ListParameters).GetProperties().Where(p => p.CanWrite))
        {
            object value = property.PropertyType == typeof(string) ? $"given-{property.Name}"
                : property.PropertyType == typeof(int?) ? 7 + given.Count
                : true;
            property.SetValue(common, value);
            given[property.Name] = value;
        }

        var query = common.Into(new DelegationListQuery());

        Assert.Equal(7, given.Count);
        foreach (var (name, value) in given)
        {
            Assert.Equal(value, typeof(ListQuery).GetProperty(name)!.GetValue(query));
        }
    }
}
