package dev.packyard.service.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.app.Backend;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestBackends;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenServiceTest {
    @TempDir
    Path dir;

    @Test
    void lifetimesFollowCodeArtifactsRules() {
        assertThat(TokenService.lifetime(null)).isEqualTo(Duration.ofHours(12));
        assertThat(TokenService.lifetime(0L)).isEqualTo(Duration.ofHours(12));
        assertThat(TokenService.lifetime(900L)).isEqualTo(Duration.ofMinutes(15));
        assertThat(TokenService.lifetime(43200L)).isEqualTo(Duration.ofHours(12));
        for (long bad : new long[] {1, 899, 43201, -5}) {
            assertThatThrownBy(() -> TokenService.lifetime(bad)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("900").hasMessageContaining("43200");
        }
    }

    @Test
    void tokensWorkUntilTheyExpireSurviveARestartAndAreNotStoredInClearText() throws Exception {
        MutableClock clock = MutableClock.startingAt("2026-03-01T10:00:00Z");
        AuthorizationToken token;
        try (Backend backend = TestBackends.open(dir, clock)) {
            backend.catalog().domains().create("acme", null);
            token = backend.catalog().tokens().issue(null, "acme", 3600L);
            assertThat(backend.catalog().tokens().verify(token.token())).get()
                    .satisfies(g -> assertThat(g.domain().name()).isEqualTo("acme"));
            assertThat(backend.catalog().tokens().verify(token.token() + "x")).isEmpty();
            assertThatThrownBy(() -> backend.catalog().tokens().issue(null, "nope", null)).isInstanceOf(ResourceNotFoundException.class);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            byte[] secret = token.token().getBytes(StandardCharsets.US_ASCII);
            assertThat(files.filter(Files::isRegularFile).filter(f -> contains(f, secret)).toList())
                    .as("files holding the token in clear text").isEmpty();
        }
        try (Backend reopened = TestBackends.open(dir, clock)) {
            assertThat(reopened.catalog().tokens().verify(token.token())).isPresent();
            clock.advance(Duration.ofMinutes(61));
            assertThat(reopened.catalog().tokens().verify(token.token())).isEmpty();
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] data = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= data.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (data[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
