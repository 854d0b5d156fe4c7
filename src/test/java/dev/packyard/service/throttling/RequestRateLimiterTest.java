package dev.packyard.service.throttling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.service.error.ThrottlingException;
import dev.packyard.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestRateLimiterTest {
    @Test
    void aBucketEmptiesAndRefillsWithTime() {
        MutableClock clock = MutableClock.startingAt("2026-03-01T10:00:00Z");
        RequestRateLimiter limiter = new RequestRateLimiter(clock, Map.of("CopyPackageVersions", 4));
        for (int i = 0; i < 4; i++) {
            limiter.acquire("CopyPackageVersions");
        }
        assertThatThrownBy(() -> limiter.acquire("CopyPackageVersions"))
                .isInstanceOfSatisfying(ThrottlingException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        clock.advance(Duration.ofMillis(250));
        limiter.acquire("CopyPackageVersions");
        assertThatThrownBy(() -> limiter.acquire("CopyPackageVersions")).isInstanceOf(ThrottlingException.class);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire("DescribeDomain");
        }
    }
}
