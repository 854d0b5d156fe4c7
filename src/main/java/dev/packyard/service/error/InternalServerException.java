package dev.packyard.service.error;

public final class InternalServerException extends CodeArtifactException {
    public InternalServerException(String message) {
        super(message, null, null);
    }

    @Override
    public int httpStatus() {
        return 500;
    }
}
