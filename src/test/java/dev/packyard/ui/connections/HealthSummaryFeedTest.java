package dev.packyard.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.ExternalConnection;
import dev.packyard.model.health.ConnectionStatus;
import dev.packyard.model.health.HealthSnapshot;
import dev.packyard.model.health.HealthState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthSummaryFeedTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final List<ExternalConnection> SIX = List.of(ExternalConnection.NPMJS, ExternalConnection.PYPI,
            ExternalConnection.MAVEN_CENTRAL, ExternalConnection.CRATES_IO, ExternalConnection.RUBY_GEMS_ORG,
            ExternalConnection.NUGET_ORG);

    @Test
    void sixAnsweringConnectionsNameThreeAndCountTheRest() {
        String line = summary(SIX.stream().map(c -> status(c, HealthState.AVAILABLE)).toList());

        assertThat(line).startsWith("npmjs ● ").contains("pypi ● ", "maven-central ● ").endsWith("3 more, none down");
        assertThat(line).doesNotContain("crates-io", "ruby-gems-org", "nuget-org");
    }

    @Test
    void aConnectionInAnOutageIsNamedWhereverItComes() {
        List<ConnectionStatus> statuses = SIX.stream()
                .map(c -> status(c, c == ExternalConnection.NUGET_ORG ? HealthState.OUTAGE : HealthState.AVAILABLE)).toList();

        String line = summary(statuses);

        assertThat(line).contains("nuget-org ● ").endsWith("2 more, none down");
    }

    private static String summary(List<ConnectionStatus> statuses) {
        return HealthSummaryFeed.summarise(statuses, EnumSet.copyOf(SIX), CLOCK).orElseThrow().describe();
    }

    private static ConnectionStatus status(ExternalConnection c, HealthState state) {
        HealthSnapshot health = new HealthSnapshot(c, state, NOW.minusSeconds(60), state == HealthState.OUTAGE ? "503" : null,
                state == HealthState.OUTAGE ? 503 : null, 0, 0, state == HealthState.OUTAGE ? NOW.plusSeconds(30) : null,
                null, null, NOW);
        return new ConnectionStatus(new ConnectionStatus.Endpoint(c, Optional.of("http://127.0.0.1:1/"), "the test"), health,
                List.of());
    }
}
