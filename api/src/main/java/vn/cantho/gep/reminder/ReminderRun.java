package vn.cantho.gep.reminder;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one run of the reminder job did. */
@Schema(name = "ReminderRun")
public record ReminderRun(
    @Schema(description = "The day (Vietnam) the run reminded for", example = "2024-06-03")
        LocalDate today,
    @Schema(description = "Emails sent in this run", example = "2") int sent,
    @Schema(description = "Emails the SMTP server refused (retried next run)", example = "0")
        int failed,
    @Schema(description = "Events without a contact to send to (retried next run)", example = "20")
        int withoutRecipients,
    @Schema(description = "Events another run already sent or is sending", example = "0")
        int alreadyHandled) {}
