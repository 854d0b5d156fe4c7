package dev.packyard.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.packyard.demo.ClientProcess;
import java.util.List;
import java.util.function.Supplier;

/** What the tests that run real package managers share: a missing client fails loudly, and persisted versions are waited for. */
public final class RealClients {
    private RealClients() {
    }

    public static void requireClient(String executable) {
        assertTrue(ClientProcess.onPath(executable).isPresent(), () -> missing(executable + " is not on the PATH"));
    }

    /** The failure message for a client that is not there; printed too, so CI's log says it beside the test's name. */
    public static String missing(String reason) {
        String message = "A real-client test cannot run (CI installs every client: see .ci/run): " + reason;
        System.out.println(message);
        return message;
    }

    /** Fetched versions become visible after persistence, which --timing immediate makes quick but not instant. */
    public static <T> List<T> eventually(Supplier<List<T>> listing) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            List<T> found = listing.get();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(500);
        }
        return listing.get();
    }
}
