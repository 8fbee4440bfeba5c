using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liaison.Web.Features.Deadlines;

/// <summary>The date a rule counts from.</summary>
public enum DeadlineAnchor
{
    OutboundDeparture,
    OutboundReturn,
    InboundArrival,
    InboundDeparture,
    AgreementSigning,

    /// <summary>An agreement amended, extended, suspended or terminated.</summary>
    AgreementChange,

    /// <summary>The start of an international conference or seminar (an activity of that kind).</summary>
    ConferenceStart,
    ConferenceEnd,

    /// <summary>A day of every year, such as the annual report due on 15 November.</summary>
    FixedDateInYear,

    /// <summary>The day a foreign NGO's registration certificate expires: a rule before it reminds of the renewal.</summary>
    NgoCertificateExpiry,

    /// <summary>The end (31 December) of each year a foreign NGO's certificate covers: its yearly report falls due after it.</summary>
    NgoYearEnd,
}

public enum OffsetUnit
{
    WorkingDays,
    CalendarDays,
}

/// <summary>How the system knows the thing is done, so that the item leaves the list by itself.</summary>
public enum DoneWhen
{
    /// <summary>Someone marks it done on the list.</summary>
    MarkedDone,

    /// <summary>The delegation has been filed (submitted or any later status).</summary>
    DelegationFiled,

    /// <summary>The delegation's results report is filed.</summary>
    DelegationReportFiled,

    /// <summary>The NGO's report for that year is recorded as received.</summary>
    NgoReportReceived,
}

/// <summary>
/// A deadline the law or the province sets: what is due, counted from an anchor by an offset in working or
/// calendar days. Kept in a table that an administrator edits, because the rules change (Decree 313/2025
/// replaced Decree 80/2020 on aid) and a province may set its own.
/// </summary>
public sealed class DeadlineRule
{
    public int Id { get; set; }

    /// <summary>What is due, as the list shows it: "Trip report to the Department".</summary>
    public required string Name { get; set; }

    public DeadlineAnchor Anchor { get; set; }

    /// <summary>Days from the anchor: negative before it, positive after it.</summary>
    public int Offset { get; set; }

    public OffsetUnit Unit { get; set; }

    /// <summary>For <see cref="DeadlineAnchor.FixedDateInYear"/>: the month and day.</summary>
    public int? FixedMonth { get; set; }

    public int? FixedDay { get; set; }

    public DoneWhen DoneWhen { get; set; }

    /// <summary>Where the rule comes from: "Decision 06/2020, art. 12".</summary>
    public string? LegalBasis { get; set; }

    /// <summary>Records whose anchor falls before this day are not held to the rule (it was adopted then).</summary>
    public DateOnly AppliesFrom { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>Incremented on every save; a save carrying an older version is refused.</summary>
    public int Version { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>How the rule reads in a sentence: "10 working days before departure of an outbound delegation".</summary>
    public string Describe()
    {
        if (Anchor == DeadlineAnchor.FixedDateInYear)
        {
            return $"every year on {FixedDay} {System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(FixedMonth ?? 1)}";
        }

        var count = Math.Abs(Offset);
        var unit = Unit == OffsetUnit.WorkingDays ? (count == 1 ? "working day" : "working days") : (count == 1 ? "day" : "days");
        var when = Offset < 0 ? "before" : "after";
        return Offset == 0 ? $"on the {AnchorWords(Anchor)}" : $"{count} {unit} {when} the {AnchorWords(Anchor)}";
    }

    public static string AnchorWords(DeadlineAnchor anchor) => anchor switch
    {
        DeadlineAnchor.OutboundDeparture => "departure of an outbound delegation",
        DeadlineAnchor.OutboundReturn => "return of an outbound delegation",
        DeadlineAnchor.InboundArrival => "arrival of an inbound delegation",
        DeadlineAnchor.InboundDeparture => "departure of an inbound delegation",
        DeadlineAnchor.AgreementSigning => "signing of an agreement",
        DeadlineAnchor.AgreementChange => "amendment, extension, suspension or termination of an agreement",
        DeadlineAnchor.ConferenceStart => "start of an international conference",
        DeadlineAnchor.ConferenceEnd => "end of an international conference",
        DeadlineAnchor.NgoCertificateExpiry => "expiry of a foreign NGO's registration certificate",
        DeadlineAnchor.NgoYearEnd => "end of a year a foreign NGO is registered in the province",
        _ => "date in the year",
    };
}

internal sealed class DeadlineRuleConfiguration : IEntityTypeConfiguration<DeadlineRule>
{
    public void Configure(EntityTypeBuilder<DeadlineRule> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(300);
        builder.Property(r => r.LegalBasis).HasMaxLength(300);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

/// <summary>The rules shipped with Liaison, from the procedures in the domain digest; seeded once into an empty table.</summary>
public static class ShippedRules
{
    /// <summary>Rules hold records from this day on; older records were kept before Liaison reminded anyone.</summary>
    public static readonly DateOnly AdoptedOn = new(2025, 7, 1);

    public static IReadOnlyList<DeadlineRule> All =>
    [
        Rule("File an outbound delegation with the Department", DeadlineAnchor.OutboundDeparture, -10, OffsetUnit.WorkingDays, DoneWhen.DelegationFiled, "Provincial rules on delegations abroad"),
        Rule("File an inbound delegation with the Department", DeadlineAnchor.InboundArrival, -5, OffsetUnit.WorkingDays, DoneWhen.DelegationFiled, "Provincial rules on foreign delegations"),
        Rule("Trip results report", DeadlineAnchor.OutboundReturn, 15, OffsetUnit.CalendarDays, DoneWhen.DelegationReportFiled, "Provincial rules on delegations abroad"),
        Rule("Copy of the signed agreement to the Ministry of Foreign Affairs", DeadlineAnchor.AgreementSigning, 15, OffsetUnit.CalendarDays, DoneWhen.MarkedDone, "Law on International Agreements 2020; Decree 64/2021"),
        Rule("Notify the ministry of the agreement's amendment, extension, suspension or termination", DeadlineAnchor.AgreementChange, 15, OffsetUnit.CalendarDays, DoneWhen.MarkedDone, "Decree 64/2021"),
        Rule("Application to hold the international conference", DeadlineAnchor.ConferenceStart, -30, OffsetUnit.CalendarDays, DoneWhen.MarkedDone, "Decision 06/2020"),
        Rule("Results report of the international conference", DeadlineAnchor.ConferenceEnd, 15, OffsetUnit.CalendarDays, DoneWhen.MarkedDone, "Decision 06/2020"),
        Rule("Remind the foreign NGO to renew its registration certificate", DeadlineAnchor.NgoCertificateExpiry, -60, OffsetUnit.CalendarDays, DoneWhen.MarkedDone,
            "Decree 58/2022/NĐ-CP (how long before expiry is the province's choice)"),
        Rule("Yearly report of the foreign NGO on its work in the province", DeadlineAnchor.NgoYearEnd, 15, OffsetUnit.CalendarDays, DoneWhen.NgoReportReceived,
            "Decree 58/2022/NĐ-CP (the day is the province's choice)"),
        Fixed("Annual report on international agreements to the ministry", 11, 15, "Decree 64/2021"),
        Fixed("Annual report on international conferences to the ministry", 12, 18, "Decision 06/2020"),
    ];

    private static DeadlineRule Rule(string name, DeadlineAnchor anchor, int offset, OffsetUnit unit, DoneWhen done, string basis) => new()
    {
        Name = name, Anchor = anchor, Offset = offset, Unit = unit, DoneWhen = done, LegalBasis = basis, AppliesFrom = AdoptedOn, Version = 1,
    };

    private static DeadlineRule Fixed(string name, int month, int day, string basis) => new()
    {
        Name = name, Anchor = DeadlineAnchor.FixedDateInYear, FixedMonth = month, FixedDay = day, Unit = OffsetUnit.CalendarDays,
        DoneWhen = DoneWhen.MarkedDone, LegalBasis = basis, AppliesFrom = AdoptedOn, Version = 1,
    };
}
