package dev.packyard.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Topology files handed to the console that already holds a data directory. A file manager starts a second
 * Packyard when the user opens a file while the console is open; that process cannot open the data directory, so
 * it leaves the file's path in the directory's {@code open-requests} folder and the running console offers to
 * import it. Only a live console accepts requests: it writes its process id there while it runs.
 */
public final class OpenRequests implements AutoCloseable {
    static final String FOLDER = "open-requests";
    static final String OWNER = "console.pid";
    private static final String SUFFIX = ".request";
    /** At most this many requests are taken per look, so a flood of files cannot hold the thread. */
    private static final int PER_POLL = 20;

    private final Path folder;
    private ScheduledExecutorService poller;
    private Consumer<Path> opener;

    private OpenRequests(Path folder) {
        this.folder = folder;
    }

    /** The console's side: from now on, requests for {@code dataDirectory} are accepted (and wait for {@link #start}). */
    public static OpenRequests accept(Path dataDirectory) {
        Path folder = dataDirectory.toAbsolutePath().normalize().resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + folder + " for files opened while the console runs", e);
        }
        return new OpenRequests(folder);
    }

    /**
     * The second launch's side: leaves {@code file} for the console running on {@code dataDirectory}. False when no
     * live console accepts requests there (for example the directory is held by {@code serve}).
     */
    public static boolean handOver(Path dataDirectory, Path file) {
        Path folder = dataDirectory.toAbsolutePath().normalize().resolve(FOLDER);
        if (!consoleAlive(folder)) {
            return false;
        }
        try {
            Path temporary = Files.createTempFile(folder, ".", ".tmp");
            Files.writeString(temporary, file.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
            Path request = folder.resolve(UUID.randomUUID() + SUFFIX);
            try {
                Files.move(temporary, request, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, request);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Gives the waiting requests to {@code receiver} now, and later ones as they come, looking every {@code period}
     * on a thread of its own.
     */
    public synchronized void start(Consumer<Path> receiver, Duration period) {
        this.opener = receiver;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "packyard-open-requests");
            t.setDaemon(true);
            return t;
        });
        poll();
        poller.scheduleWithFixedDelay(this::poll, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Takes the waiting requests (each once) and hands their files to the receiver; returns them. */
    synchronized List<Path> poll() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> requests = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path request : requests) {
                if (files.size() >= PER_POLL) {
                    break;
                }
                try {
                    Path file = Path.of(Files.readString(request, StandardCharsets.UTF_8).strip());
                    Files.deleteIfExists(request);
                    files.add(file);
                } catch (IOException | RuntimeException e) {
                    // An unreadable request is dropped, so it is not offered again at every look.
                    Files.deleteIfExists(request);
                }
            }
        } catch (IOException e) {
            return files;
        }
        if (opener != null) {
            files.forEach(opener);
        }
        return files;
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
        try {
            Files.deleteIfExists(folder.resolve(OWNER));
        } catch (IOException e) {
            // The next console overwrites it; a second launch checks that the process it names is alive.
        }
    }

    private static boolean consoleAlive(Path folder) {
        try {
            String pid = Files.readString(folder.resolve(OWNER), StandardCharsets.US_ASCII).strip();
            Optional<ProcessHandle> holder = ProcessHandle.of(Long.parseLong(pid));
            return holder.map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
