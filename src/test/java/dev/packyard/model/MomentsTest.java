package dev.packyard.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MomentsTest {
    private static final Instant NOW = Instant.parse("2026-11-01T10:03:00Z");

    @Test
    void aMomentOfTheSameDayIsItsClockTimeAndHowFarAwayItIs() {
        assertThat(Moments.relative(Instant.parse("2026-11-01T09:51:00Z"), NOW, ZoneOffset.UTC)).isEqualTo("09:51:00 UTC, 12 min ago");
        assertThat(Moments.relative(Instant.parse("2026-11-01T10:07:30Z"), NOW, ZoneOffset.UTC)).isEqualTo("10:07:30 UTC, in 4 min 30 s");
        assertThat(Moments.relative(NOW, NOW, ZoneOffset.UTC)).isEqualTo("10:03:00 UTC, just now");
    }

    @Test
    void anotherDayKeepsItsDateAndTheClocksZoneIsUsed() {
        assertThat(Moments.relative(Instant.parse("2026-10-29T08:00:00Z"), NOW, ZoneOffset.UTC))
                .isEqualTo("2026-10-29 08:00:00 UTC, 3 d 2 h ago");
        assertThat(Moments.relative(NOW, NOW.plusSeconds(5), ZoneId.of("Europe/Berlin"))).isEqualTo("11:03:00 CET, 5 s ago");
    }

    @Test
    void withoutANowTheMomentIsDatedInUtc() {
        assertThat(Moments.at(NOW)).isEqualTo("2026-11-01 10:03:00 UTC");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(Moments.duration(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Moments.duration(Duration.ofSeconds(200))).isEqualTo("3 min 20 s");
        assertThat(Moments.duration(Duration.ofMinutes(130))).isEqualTo("2 h 10 min");
        assertThat(Moments.duration(Duration.ofSeconds(-5))).isEqualTo("0 s");
    }
}
