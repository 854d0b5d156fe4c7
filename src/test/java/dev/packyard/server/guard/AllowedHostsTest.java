package dev.packyard.server.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host headers name a Packyard server, for the ways it is bound and configured. */
class AllowedHostsTest {
    @Test
    void onLoopbackOnlyTheLoopbackNamesAtTheListeningPort() {
        AllowedHosts hosts = AllowedHosts.forServer("127.0.0.1", List.of());
        assertThat(hosts.permits("127.0.0.1:8642", 8642)).isTrue();
        assertThat(hosts.permits("localhost:8642", 8642)).isTrue();
        assertThat(hosts.permits("[::1]:8642", 8642)).isTrue();
        assertThat(hosts.permits("127.0.0.2:8642", 8642)).isTrue();
        assertThat(hosts.permits("localhost.:8642", 8642)).isTrue();

        assertThat(hosts.permits("localhost:8643", 8642)).as("another port").isFalse();
        assertThat(hosts.permits("localhost", 8642)).as("no port means 80").isFalse();
        assertThat(hosts.permits("localhost", 80)).isTrue();
        assertThat(hosts.permits("rebind.attacker.example:8642", 8642)).isFalse();
        assertThat(hosts.permits("127.0.0.1.attacker.example:8642", 8642)).isFalse();
        assertThat(hosts.permits("localhost:86x2", 8642)).isFalse();
        assertThat(hosts.permits("", 8642)).isFalse();
    }

    @Test
    void configuredNamesAtTheListeningPortOrExactlyAsGiven() {
        AllowedHosts hosts = AllowedHosts.forServer("127.0.0.1", List.of("packyard.team.example", "proxy.team.example:443"));
        assertThat(hosts.permits("packyard.team.example:8642", 8642)).isTrue();
        assertThat(hosts.permits("PACKYARD.team.example:8642", 8642)).isTrue();
        assertThat(hosts.permits("packyard.team.example:9000", 8642)).isFalse();
        assertThat(hosts.permits("proxy.team.example:443", 8642)).isTrue();
        assertThat(hosts.permits("proxy.team.example:8642", 8642)).as("only the port given").isFalse();
    }

    @Test
    void aSpecificBindAddressIsAcceptedAndAllInterfacesBringTheMachinesAddresses() {
        assertThat(AllowedHosts.forServer("192.0.2.10", List.of()).permits("192.0.2.10:8642", 8642)).isTrue();
        AllowedHosts everywhere = AllowedHosts.forServer("0.0.0.0", List.of());
        assertThat(everywhere.permits("127.0.0.1:8642", 8642)).isTrue();
        assertThat(everywhere.permits("attacker.example:8642", 8642)).isFalse();
    }
}
