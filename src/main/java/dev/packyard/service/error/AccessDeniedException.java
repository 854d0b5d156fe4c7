package dev.packyard.service.error;

public final class AccessDeniedException extends CodeArtifactException {
    public AccessDeniedException(String message) {
        super(message, null, null);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
