namespace Liaison.Web.Features.Demo;

/// <summary>
/// Where the demo's foreign localities have their seats (the provincial, prefectural, city or county town), rounded
/// to a hundredth of a degree from public gazetteers, so the report can draw the province's partner localities.
/// Keyed by the demo partner's English name: a locality lies in one place whichever province it partners.
/// </summary>
internal static class DemoSeats
{
    private static readonly Dictionary<string, (double Latitude, double Longitude)> Seats = new(StringComparer.Ordinal)
    {
        ["Yunnan Province"] = (25.04, 102.71), // Kunming
        ["Honghe Hani and Yi Autonomous Prefecture"] = (23.36, 103.38), // Mengzi
        ["Jinping Miao, Yao and Dai Autonomous County"] = (22.78, 103.23),
        ["Pu'er City"] = (22.78, 100.97),
        ["Oudomxay Province"] = (20.69, 101.99), // Muang Xay
        ["Gyeongsangbuk-do (North Gyeongsang Province)"] = (36.57, 128.51), // Andong
        ["Gyeongsangbuk-do"] = (36.57, 128.51),
        ["Mungyeong City"] = (36.59, 128.19),
        ["Tongyeong City"] = (34.85, 128.43),
        ["Geumsan County"] = (36.11, 127.49),
        ["Boseong County"] = (34.77, 127.08),
        ["Hadong County"] = (35.07, 127.75),
        ["Svay Rieng Province"] = (11.09, 105.80),
        ["Prey Veng Province"] = (11.48, 105.33),
        ["Tbong Khmum Province"] = (11.92, 105.65), // Suong
        ["Kampong Cham Province"] = (12.00, 105.46),
        ["Gimhae City"] = (35.23, 128.89),
        ["Chungju City"] = (36.99, 127.93),
        ["Ratanakiri Province"] = (13.74, 106.99), // Banlung
        ["Stung Treng Province"] = (13.53, 105.97),
        ["Attapeu Province"] = (14.81, 106.83),
        ["Sekong Province"] = (15.35, 106.72),
        ["Champasak Province"] = (15.12, 105.80), // Pakse
    };

    /// <summary>Gives a demo partner its seat when it is a locality the list knows.</summary>
    public static Partners.Partner Placed(this Partners.Partner partner)
    {
        if (Seats.TryGetValue(partner.NameEn, out var seat))
        {
            (partner.Latitude, partner.Longitude) = seat;
        }

        return partner;
    }
}
