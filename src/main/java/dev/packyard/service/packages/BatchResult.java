package dev.packyard.service.packages;

import dev.packyard.model.PackageVersionStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a batch version operation did: per version, its new revision and status, or why it failed. */
public record BatchResult(Map<String, Success> successful, Map<String, Failure> failed) {
    public record Success(String revision, PackageVersionStatus status) {
    }

    public record Failure(ErrorCode errorCode, String errorMessage) {
    }

    /** CodeArtifact's PackageVersionErrorCode. */
    public enum ErrorCode { ALREADY_EXISTS, MISMATCHED_REVISION, MISMATCHED_STATUS, NOT_ALLOWED, NOT_FOUND, SKIPPED }

    public BatchResult {
        successful = Collections.unmodifiableMap(new LinkedHashMap<>(successful));
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }
}
