using System.Net;
using System.Net.Mail;

namespace Liaison.Web.Features.Deadlines;

/// <summary>
/// E-mails a reminder over SMTP when Reminders:Smtp:Host is configured (with Port, From, and optionally User and
/// Password from the environment, never the repository). Without it, reminders are kept and shown, not mailed.
/// </summary>
public sealed class ReminderMailer(IConfiguration configuration, ILogger<ReminderMailer> logger)
{
    private string? Host => configuration["Reminders:Smtp:Host"];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public async Task SendAsync(IReadOnlyList<string> to, DeadlineItem item, CancellationToken ct)
    {
        if (!IsConfigured || to.Count == 0)
        {
            return;
        }

        try
        {
            using var client = new SmtpClient(Host, configuration.GetValue("Reminders:Smtp:Port", 587)) { EnableSsl = configuration.GetValue("Reminders:Smtp:Ssl", true) };
            if (configuration["Reminders:Smtp:User"] is { Length: > 0 } user)
            {
                client.Credentials = new NetworkCredential(user, configuration["Reminders:Smtp:Password"]);
            }

            using var message = new MailMessage { From = new MailAddress(configuration["Reminders:Smtp:From"] ?? "liaison@localhost"), Subject = $"Due {item.DueDate:d MMM yyyy}: {item.What}" };
            foreach (var address in to.Where(a => MailAddress.TryCreate(a, out _)))
            {
                message.To.Add(address);
            }

            if (message.To.Count == 0)
            {
                return;
            }

            message.Body = $"{item.What}\n{item.RecordTitle}\nDue {item.DueDate:dddd d MMMM yyyy} ({item.RuleText}).\n\nOpen it in Liaison: {configuration["Reminders:BaseUrl"]}{item.Link}";
            await client.SendMailAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One reminder that can't be mailed (server down, a bad sender address) must not stop the others.
            logger.LogWarning(e, "The reminder for {Key} could not be mailed.", item.Key);
        }
    }
}
