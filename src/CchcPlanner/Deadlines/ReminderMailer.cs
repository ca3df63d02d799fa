using System.Net;
using System.Net.Mail;
using System.Text;

namespace CchcPlanner.Deadlines;

/// <summary>Sends one reminder e-mail; an exception means it was not sent.</summary>
public interface IReminderMailer
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken);
}

/// <summary>Plain-text UTF-8 mail over SMTP with <see cref="SmtpClient"/> (the platform's client; no extra package).</summary>
public sealed class SmtpReminderMailer(ReminderOptions options) : IReminderMailer
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(options.SmtpHost, options.SmtpPort)
        {
            EnableSsl = options.SmtpEnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 30_000,
        };
        if (!string.IsNullOrEmpty(options.SmtpUserName))
        {
            client.Credentials = new NetworkCredential(options.SmtpUserName, options.SmtpPassword);
        }

        using var message = new MailMessage(options.From!, to)
        {
            Subject = subject,
            Body = body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        await client.SendMailAsync(message, cancellationToken);
    }
}
