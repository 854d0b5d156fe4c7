package dev.packyard.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The form of a URL that may be shown, logged or sent to a client: an upstream URL can carry a password
 * ({@code https://user:secret@host/}) or a token in its query, and neither may leave the process.
 */
public final class RedactedUrl {
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@]*@");
    private static final Pattern SECRET_QUERY = Pattern.compile(
            "([?&](?:token|access_token|auth|password|key|secret|signature|x-amz-signature|x-amz-credential)=)[^&#]*",
            Pattern.CASE_INSENSITIVE);
    private static final String HIDDEN = "***";

    private RedactedUrl() {
    }

    /** The URL with any user name and password removed and secret-looking query values hidden. */
    public static String of(String url) {
        if (url == null || url.isEmpty()) {
            return url;
        }
        String withoutUser = USER_INFO.matcher(url).replaceFirst("$1");
        return SECRET_QUERY.matcher(withoutUser).replaceAll("$1" + HIDDEN);
    }

    /** Every URL inside a free text (an exception message, say) redacted the same way. */
    public static String inText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^\\s'\"<>]+").matcher(text)
                .replaceAll(match -> java.util.regex.Matcher.quoteReplacement(of(match.group())));
    }

    /** True when the URL names a user or password that {@link #of} would remove. */
    public static boolean hasCredentials(String url) {
        try {
            return url != null && new URI(url).getRawUserInfo() != null;
        } catch (URISyntaxException e) {
            return url != null && USER_INFO.matcher(url).find();
        }
    }
}
