using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Liaison.Web.Features.Audit;

/// <summary>How an entry's hash is made; the writer and the verifier share it, so they cannot drift apart.</summary>
public static class AuditChain
{
    /// <summary>The hash the first entry points back to.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(AuditEntry e)
    {
        var content = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture),
            e.UserName,
            e.ProvinceId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.EntityType,
            e.EntityId.ToString(CultureInfo.InvariantCulture),
            e.EntityKey ?? string.Empty,
            e.ParentType ?? string.Empty,
            e.ParentId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            e.Action.ToString(),
            e.Changes,
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>Both engines keep milliseconds exactly; finer ticks would not survive a round trip and break the hash.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
