package dev.packyard.service.throttling;

import dev.packyard.service.error.ThrottlingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * CodeArtifact's per-operation request rates (requests per second), enforced with one token bucket per operation.
 * Time comes from the injected clock, so a test can use up a bucket and then move time on.
 */
public final class RequestRateLimiter {
    /** The per-operation rates of CodeArtifact's quota table. */
    public static final Map<String, Integer> CODEARTIFACT_RATES = Map.of(
            "CopyPackageVersions", 5,
            "GetAuthorizationToken", 40,
            "GetPackageVersionAsset", 50,
            "ListPackageVersionAssets", 200,
            "ListPackageVersions", 200,
            "ListPackages", 200,
            "PublishPackageVersion", 10);

    private final Clock clock;
    private final Map<String, Integer> ratesPerSecond;
    private final Map<String, Bucket> buckets = new HashMap<>();

    public RequestRateLimiter(Clock clock, Map<String, Integer> ratesPerSecond) {
        this.clock = clock;
        this.ratesPerSecond = Map.copyOf(ratesPerSecond);
    }

    /** Takes one request's worth from the operation's bucket, or fails with ThrottlingException and a retry time. */
    public synchronized void acquire(String operation) {
        Integer rate = ratesPerSecond.get(operation);
        if (rate == null) {
            return;
        }
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(operation, o -> new Bucket(rate, now));
        bucket.refill(now, rate);
        if (bucket.tokens < 1) {
            double secondsToNext = (1 - bucket.tokens) / rate;
            int retryAfter = (int) Math.max(1, Math.ceil(secondsToNext));
            throw new ThrottlingException(operation + " is limited to " + rate + " requests per second and that rate "
                    + "was exceeded: retry after " + retryAfter + " second" + (retryAfter == 1 ? "" : "s"), retryAfter);
        }
        bucket.tokens -= 1;
    }

    private static final class Bucket {
        private double tokens;
        private Instant last;

        Bucket(int rate, Instant now) {
            this.tokens = rate;
            this.last = now;
        }

        void refill(Instant now, int rate) {
            if (now.isAfter(last)) {
                double seconds = Duration.between(last, now).toNanos() / 1e9;
                tokens = Math.min(rate, tokens + seconds * rate);
                last = now;
            }
        }
    }
}
