package dev.packyard.service.error;

public final class ConflictException extends CodeArtifactException {
    public ConflictException(String message, String resourceId, ResourceType resourceType) {
        super(message, resourceId, resourceType);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
