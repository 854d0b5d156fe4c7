package dev.packyard.ui.common;

import dev.packyard.model.ExplainedFailure;
import dev.packyard.model.RedactedUrl;
import java.lang.System.Logger.Level;

/** Turns a failure into a sentence for a dialog; never a stack trace. */
public final class UserMessages {
    private static final System.Logger LOG = System.getLogger(UserMessages.class.getName());

    private UserMessages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof ExplainedFailure) {
            // These already say what happened and what to do ("Upstream unavailable: …", "… is not in app").
            return RedactedUrl.inText(failure.getMessage());
        }
        // Unexpected failures still go to the log with their trace, for a bug report.
        LOG.log(Level.ERROR, "Unexpected failure in the console", failure);
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "Packyard could not finish this: " + RedactedUrl.inText(detail) + ". Try again; if it keeps failing, the log has the details.";
    }
}
