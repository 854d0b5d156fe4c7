package dev.packyard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code java -jar} gets the installers' heap limit unless the user chose one. */
class HeapLimitTest {
    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");

    @Test
    void aJarStartedWithoutAHeapOptionStartsItselfAgainWithTheLimitAndTheSameArguments() {
        List<String> command = HeapLimit.relaunchCommand(List.of("-Dfoo=bar"), "/opt/packyard.jar", JAVA, null,
                new String[] {"serve", "--port", "0"}).orElseThrow();

        assertThat(command).startsWith("/usr/bin/java", "-XX:MaxHeapSize=320m", "-Dfoo=bar", "-Dpackyard.relaunch=false", "-cp",
                "/opt/packyard.jar", Launcher.class.getName());
        assertThat(command).endsWith("serve", "--port", "0");
    }

    @Test
    void aHeapOptionOfTheUsersOrAClassPathStartOrTheSwitchMeansNoRestart() {
        String[] args = {"serve"};
        assertThat(HeapLimit.relaunchCommand(List.of("-Xmx2g"), "/opt/packyard.jar", JAVA, null, args)).isEmpty();
        assertThat(HeapLimit.relaunchCommand(List.of("-XX:MaxRAMPercentage=10"), "/opt/packyard.jar", JAVA, null, args)).isEmpty();
        assertThat(HeapLimit.relaunchCommand(List.of(), "target/classes:lib/a.jar", JAVA, null, args)).isEmpty();
        assertThat(HeapLimit.relaunchCommand(List.of(), "/opt/packyard.jar", JAVA, "false", args)).isEmpty();
        assertThat(HeapLimit.relaunchCommand(List.of(), "/opt/packyard.jar", Optional.empty(), null, args)).isEmpty();
    }

    @Test
    void theInstallersShipTheSameLimit() throws Exception {
        List<String> shipped = Files.readAllLines(Path.of("packaging/java-options"));
        assertThat(shipped).containsAll(HeapLimit.OPTIONS);
    }
}
