package dev.packyard.service.topology;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Topology files on disk: read with every problem reported, written whole or not at all. */
public final class TopologyFiles {
    /** Far above a thousand repositories with ten upstreams each; a bigger file is not a topology. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private TopologyFiles() {
    }

    /**
     * The path a command-line argument names: a plain path, or a {@code file:} URI as desktop file managers
     * pass it (a {@code %U} field code in a desktop entry).
     */
    public static Path fromArgument(String argument) {
        if (argument.regionMatches(true, 0, "file:", 0, 5)) {
            return Path.of(URI.create(argument));
        }
        return Path.of(argument);
    }

    /** Reads and parses a file; a file that cannot be read is one problem at location "file". */
    public static ParsedTopology read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return unreadable(file + " is a folder: choose a topology file (*" + TopologyCodec.EXTENSION + ")");
            }
            if (Files.size(file) > MAX_BYTES) {
                return unreadable(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB, too large for a topology "
                        + "file: choose the file an export wrote");
            }
            return TopologyCodec.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return unreadable(file + " does not exist: check the path");
        } catch (CharacterCodingException e) {
            return unreadable(file + " is not UTF-8 text: a topology file is JSON in UTF-8");
        } catch (IOException e) {
            return unreadable("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Writes through a temporary file in the same folder, so an existing file is replaced only by a complete one. */
    public static void write(Path file, Topology topology) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, TopologyCodec.write(topology), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static ParsedTopology unreadable(String message) {
        return new ParsedTopology(new Topology(null, List.of()), List.of(new TopologyProblem("file", message)));
    }
}
