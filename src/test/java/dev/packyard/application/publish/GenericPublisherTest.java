package dev.packyard.application.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.app.Backend;
import dev.packyard.model.PackageVersionStatus;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.service.packages.PackageRef;
import dev.packyard.service.packages.PublishResult;
import dev.packyard.testing.MutableClock;
import dev.packyard.testing.TestPublishing;
import dev.packyard.testing.TestBackends;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing generic versions on the real backend: integrity, idempotence, unfinished versions and upstream clashes. */
class GenericPublisherTest {
    @TempDir
    Path dir;

    private Backend backend;
    private String owner;

    @BeforeEach
    void open() {
        backend = TestBackends.open(dir, MutableClock.startingAt("2026-03-01T10:00:00Z"));
        owner = backend.account().accountId();
        backend.catalog().domains().create("acme", null);
        backend.catalog().repositories().create(null, "acme", "base", null, List.of());
        backend.catalog().repositories().create(null, "acme", "app", null, List.of("base"));
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void contentThatDoesNotMatchItsShaIsRefusedAndNothingIsStored() throws Exception {
        assertThatThrownBy(() -> publish("base", "1.0.0", "a.bin", "real bytes", sha("other bytes"), false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("x-amz-content-sha256");
        assertThat(blobCount()).isZero();
        assertThatThrownBy(() -> backend.catalog().versions().describe(ref("base"), "1.0.0")).hasMessageContaining("is not in repository");
    }

    @Test
    void republishingIdenticalContentIsHarmlessButDifferentContentConflicts() throws Exception {
        PublishResult first = publish("base", "1.0.0", "a.bin", "v1", sha("v1"), false);
        PublishResult again = publish("base", "1.0.0", "a.bin", "v1", sha("v1"), false);
        assertThat(again.version().revision()).isEqualTo(first.version().revision());
        assertThatThrownBy(() -> publish("base", "1.0.0", "a.bin", "changed", sha("changed"), false))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already exists with different content");
        assertThatThrownBy(() -> publish("base", "1.0.0", "b.bin", "more", sha("more"), false))
                .isInstanceOf(ConflictException.class).hasMessageContaining("only while a version is Unfinished");
        assertThat(blobCount()).as("refused content is not kept").isEqualTo(1);
    }

    @Test
    void anUnfinishedVersionCollectsAssetsUntilTheLastPublish() throws Exception {
        PublishResult part = publish("base", "2.0.0", "a.bin", "a", sha("a"), true);
        assertThat(part.version().status()).isEqualTo(PackageVersionStatus.Unfinished);
        PublishResult done = publish("base", "2.0.0", "b.bin", "b", sha("b"), false);
        assertThat(done.version().status()).isEqualTo(PackageVersionStatus.Published);
        assertThat(backend.catalog().versions().listAssets(ref("base"), "2.0.0", null, null).items())
                .extracting(a -> a.name()).containsExactly("a.bin", "b.bin");
        assertThat(backend.catalog().versions().describe(ref("base"), "2.0.0").revision()).isEqualTo(done.version().revision())
                .isNotEqualTo(part.version().revision());
    }

    @Test
    void aVersionAnUpstreamHasCannotBePublishedDownstreamUnlessUpstreamIsBlocked() throws Exception {
        publish("base", "1.0.0", "a.bin", "upstream", sha("upstream"), false);
        assertThatThrownBy(() -> publish("app", "1.0.0", "a.bin", "shadow", sha("shadow"), false))
                .isInstanceOf(ConflictException.class).hasMessageContaining("upstream repository base");
        backend.catalog().packages().putOriginConfiguration(null, "acme", "app", "generic", "ns", "tool", "ALLOW", "BLOCK");
        assertThat(publish("app", "1.0.0", "a.bin", "shadow", sha("shadow"), false).version().status())
                .isEqualTo(PackageVersionStatus.Published);
    }

    @Test
    void onlyGenericPackagesArePublishedThisWay() {
        assertThatThrownBy(() -> TestPublishing.generic(backend).publish(new GenericPublisher.Request(null, "acme", "base", "npm", null,
                "left-pad", "1.0.0", "left-pad-1.0.0.tgz", false, sha("x")), new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(ValidationException.class).hasMessageContaining("generic packages only");
    }

    private PublishResult publish(String repository, String version, String asset, String content, String sha,
                                  boolean unfinished) {
        return TestPublishing.generic(backend).publish(new GenericPublisher.Request(owner, "acme", repository, "generic", "ns", "tool",
                version, asset, unfinished, sha), new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private PackageRef ref(String repository) {
        return backend.catalog().locator().locate(null, "acme", repository, "generic", "ns", "tool");
    }

    private long blobCount() throws Exception {
        return dev.packyard.testing.TestStorage.blobCount(backend.dataDirectory());
    }

    private static String sha(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
