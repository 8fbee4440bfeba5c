using System.Text.Json;
using System.Text.Json.Serialization;

namespace Liaison.Web.Infrastructure.Web;

public static class JsonSetup
{
    /// <summary>Enums travel by name ("Inbound", not 0) so the API reads like the domain and a number can't sneak in.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    }
}
