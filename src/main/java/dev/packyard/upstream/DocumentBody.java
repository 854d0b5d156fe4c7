package dev.packyard.upstream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The content of a registry document, as named pieces. Most documents are one piece ({@link #WHOLE}); a large npm
 * packument is its skeleton plus one piece per version, so that a refresh stores only the versions that changed and a
 * request reads only the versions it serves.
 */
public interface DocumentBody {
    /** The name of the piece that is the whole document, or the skeleton of a document split by version. */
    String WHOLE = "document";
    /** Pieces holding one member of a document's {@code versions} object are named with this prefix and the version. */
    String VERSION_PREFIX = "versions/";

    /** The names of the pieces, {@link #WHOLE} first. */
    List<String> pieceNames();

    Optional<byte[]> piece(String name);

    /** The document as one text. For a split document this reassembles every piece: avoid it for large ones. */
    String text();

    /** Whether the document is split by version, so that {@link #version} is cheap. */
    default boolean splitByVersion() {
        return pieceNames().size() > 1;
    }

    /** One member of the document's {@code versions} object, as JSON bytes, when the document is split by version. */
    default Optional<byte[]> version(String version) {
        return splitByVersion() ? piece(VERSION_PREFIX + version) : Optional.empty();
    }

    static DocumentBody whole(String text) {
        return new WholeText(text);
    }

    /** A document kept as one text. */
    record WholeText(String text) implements DocumentBody {
        public WholeText {
            java.util.Objects.requireNonNull(text, "text");
        }

        @Override
        public List<String> pieceNames() {
            return List.of(WHOLE);
        }

        @Override
        public Optional<byte[]> piece(String name) {
            return WHOLE.equals(name) ? Optional.of(text.getBytes(StandardCharsets.UTF_8)) : Optional.empty();
        }
    }
}
