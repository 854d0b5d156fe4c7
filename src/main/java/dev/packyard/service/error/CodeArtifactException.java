package dev.packyard.service.error;

import dev.packyard.model.ExplainedFailure;
import java.util.Optional;

/**
 * Base of the seven CodeArtifact errors. The message always says what was wrong and what to do; the server
 * turns the type into {@code x-amzn-ErrorType} and the HTTP status.
 */
public abstract sealed class CodeArtifactException extends RuntimeException implements ExplainedFailure
        permits AccessDeniedException, ConflictException, InternalServerException, ResourceNotFoundException,
        ServiceQuotaExceededException, ThrottlingException, ValidationException {

    private final String resourceId;
    private final ResourceType resourceType;

    protected CodeArtifactException(String message, String resourceId, ResourceType resourceType) {
        super(message);
        this.resourceId = resourceId;
        this.resourceType = resourceType;
    }

    /** The exception name as CodeArtifact sends it, e.g. {@code ResourceNotFoundException}. */
    public String errorType() {
        return getClass().getSimpleName();
    }

    public abstract int httpStatus();

    public Optional<String> resourceId() {
        return Optional.ofNullable(resourceId);
    }

    public Optional<ResourceType> resourceType() {
        return Optional.ofNullable(resourceType);
    }
}
