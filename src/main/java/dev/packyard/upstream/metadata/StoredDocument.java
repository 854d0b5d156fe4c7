package dev.packyard.upstream.metadata;

import dev.packyard.service.persistence.MetadataCacheStore;
import dev.packyard.upstream.DocumentBody;
import dev.packyard.upstream.VersionedJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A cached listing's document read from the store piece by piece when asked for, so a listing held in memory does
 * not hold its document, and serving one version of a large packument reads that version only.
 */
final class StoredDocument implements DocumentBody {
    private final MetadataCacheStore store;
    private final MetadataCacheStore.Key key;
    private final boolean split;

    StoredDocument(MetadataCacheStore store, MetadataCacheStore.Key key, boolean split) {
        this.store = store;
        this.key = key;
        this.split = split;
    }

    @Override
    public List<String> pieceNames() {
        return List.copyOf(store.pieceHashes(key).keySet());
    }

    @Override
    public Optional<byte[]> piece(String name) {
        return store.piece(key, name);
    }

    @Override
    public boolean splitByVersion() {
        return split;
    }

    @Override
    public Optional<byte[]> version(String version) {
        return split ? store.piece(key, VERSION_PREFIX + version) : Optional.empty();
    }

    @Override
    public String text() {
        byte[] whole = store.piece(key, WHOLE).orElse(new byte[0]);
        return split ? VersionedJson.join(whole, this::piece) : new String(whole, StandardCharsets.UTF_8);
    }
}
