package dev.packyard.model;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A failure as it may be logged: its stack trace with every URL in it redacted by {@link RedactedUrl}, since a
 * library's exception message (an HTTP client's, say) can repeat a URL with its password.
 */
public final class RedactedFailure {
    private RedactedFailure() {
    }

    public static String of(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return RedactedUrl.inText(text.toString());
    }
}
