package dev.packyard.service.error;

public final class ResourceNotFoundException extends CodeArtifactException {
    public ResourceNotFoundException(String message, String resourceId, ResourceType resourceType) {
        super(message, resourceId, resourceType);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
