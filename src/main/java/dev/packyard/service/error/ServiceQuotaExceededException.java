package dev.packyard.service.error;

public final class ServiceQuotaExceededException extends CodeArtifactException {
    public ServiceQuotaExceededException(String message, String resourceId, ResourceType resourceType) {
        super(message, resourceId, resourceType);
    }

    @Override
    public int httpStatus() {
        return 402;
    }
}
