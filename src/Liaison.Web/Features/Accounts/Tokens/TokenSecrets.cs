using System.Security.Cryptography;
using System.Text;

namespace Liaison.Web.Features.Accounts.Tokens;

/// <summary>The token format: "lia_" + an 8-character public prefix + "_" + a 40-character secret.</summary>
public static class TokenSecrets
{
    public const string Marker = "lia_";
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static (string Token, string Prefix, string Hash) Create()
    {
        var prefix = RandomNumberGenerator.GetString(Alphabet, 8);
        var secret = RandomNumberGenerator.GetString(Alphabet, 40);
        var token = $"{Marker}{prefix}_{secret}";
        return (token, prefix, HashOf(token));
    }

    public static string? PrefixOf(string token) =>
        token.StartsWith(Marker, StringComparison.Ordinal) && token.Length == Marker.Length + 8 + 1 + 40 && token[Marker.Length + 8] == '_'
            ? token.Substring(Marker.Length, 8)
            : null;

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string token, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(token)), Encoding.ASCII.GetBytes(storedHash));
}
