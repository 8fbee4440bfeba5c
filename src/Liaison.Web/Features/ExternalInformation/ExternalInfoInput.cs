using System.ComponentModel.DataAnnotations;
using Liaison.Web.Infrastructure.Results;
using Liaison.Web.Infrastructure.Text;

namespace Liaison.Web.Features.ExternalInformation;

public sealed class ExternalInfoInput
{
    [Required(ErrorMessage = "Choose the kind of item.")]
    public InfoKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the title, or what the claim says.")]
    [StringLength(InfoLimits.Title, ErrorMessage = "The title must be 500 characters or fewer.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Choose the channel.")]
    public InfoChannel? Channel { get; set; }

    [Required(ErrorMessage = "Choose the language.")]
    public string? Language { get; set; }

    [Required(ErrorMessage = "Enter the day it was published, or the claim was seen.")]
    public DateOnly? OccurredOn { get; set; }

    [Range(0, 1_000_000_000, ErrorMessage = "The reach is a number of people, 0 or more.")]
    public int? Reach { get; set; }

    [StringLength(InfoLimits.Where, ErrorMessage = "Where it appeared must be 500 characters or fewer.")]
    public string? Where { get; set; }

    [StringLength(InfoLimits.LongText, ErrorMessage = "The response must be 4,000 characters or fewer.")]
    public string? Response { get; set; }

    public DateOnly? RespondedOn { get; set; }

    [StringLength(InfoLimits.LongText, ErrorMessage = "The notes must be 4,000 characters or fewer.")]
    public string? Notes { get; set; }

    public int Version { get; set; }

    internal ValidationErrors Validate(DateOnly today)
    {
        var errors = new ValidationErrors().CheckAnnotations(this);
        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add(nameof(Kind), "Choose the kind of item from the list.");
        }

        if (Channel is { } channel && !Enum.IsDefined(channel))
        {
            errors.Add(nameof(Channel), "Choose the channel from the list.");
        }

        if (Language is { } language && !(language.Trim().Length == 2 && language.Trim().All(char.IsAsciiLetter)))
        {
            errors.Add(nameof(Language), "Give the language as a two-letter code, such as vi, en or km.");
        }

        if (OccurredOn is { } on && (on > today || on.Year < 1990))
        {
            errors.Add(nameof(OccurredOn), on > today ? "The day can't be in the future." : "The date must be 1990 or later.");
        }

        if (Kind == InfoKind.ClaimMonitored)
        {
            if (Reach is not null)
            {
                errors.Add(nameof(Reach), "A monitored claim has no reach of ours: leave it empty.");
            }

            if (RespondedOn is not null && string.IsNullOrWhiteSpace(Response))
            {
                errors.Add(nameof(Response), "Say what the response was.");
            }
            else if (RespondedOn is null && !string.IsNullOrWhiteSpace(Response))
            {
                errors.Add(nameof(RespondedOn), "Enter the day it was answered: a claim counts as answered from that day.");
            }

            if (RespondedOn is { } answered && (answered > today || (OccurredOn is { } seen && answered < seen)))
            {
                errors.Add(nameof(RespondedOn), answered > today ? "The day can't be in the future." : "A response comes on or after the day the claim was seen.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(Response) || RespondedOn is not null)
        {
            errors.Add(nameof(Response), "Only a monitored claim has a response: choose that kind, or clear the response.");
        }

        return errors;
    }

    internal void ApplyTo(ExternalInfoItem i)
    {
        i.Kind = Kind!.Value;
        i.Title = Title!.Trim();
        i.Channel = Channel!.Value;
        i.Language = Language!.Trim().ToLowerInvariant();
        i.OccurredOn = OccurredOn!.Value;
        i.Reach = Reach;
        i.Where = TextInput.Clean(Where);
        i.Response = TextInput.Clean(Response);
        i.RespondedOn = RespondedOn;
        i.Notes = TextInput.Clean(Notes);
    }
}
