package dev.packyard.server.guard;

/** Wording of the size limits, shared by the early refusals and the body cap that trips while reading. */
final class Limits {
    static final String UPLOAD = "upload";
    static final String JSON_BODY = "request body";

    private Limits() {
    }

    static String tooLargeMessage(String what, long cap) {
        if (what.equals(UPLOAD)) {
            return "The upload is larger than this server's limit of " + size(cap) + ", so nothing was stored: start "
                    + "Packyard with a larger --max-upload-size to accept it";
        }
        return "The request body is larger than " + size(cap) + ", the limit for control-plane requests, so nothing "
                + "was changed: control-plane bodies are small JSON documents";
    }

    static String size(long bytes) {
        if (bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + " GiB";
        }
        if (bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
