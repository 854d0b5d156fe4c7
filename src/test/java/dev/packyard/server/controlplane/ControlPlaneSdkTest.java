package dev.packyard.server.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.model.AllowPublish;
import software.amazon.awssdk.services.codeartifact.model.AllowUpstream;
import software.amazon.awssdk.services.codeartifact.model.ConflictException;
import software.amazon.awssdk.services.codeartifact.model.CopyPackageVersionsResponse;
import software.amazon.awssdk.services.codeartifact.model.DescribeRepositoryResponse;
import software.amazon.awssdk.services.codeartifact.model.DomainSummary;
import software.amazon.awssdk.services.codeartifact.model.GetAuthorizationTokenResponse;
import software.amazon.awssdk.services.codeartifact.model.GetPackageVersionAssetResponse;
import software.amazon.awssdk.services.codeartifact.model.ListPackageVersionsResponse;
import software.amazon.awssdk.services.codeartifact.model.ListRepositoriesInDomainResponse;
import software.amazon.awssdk.services.codeartifact.model.PackageFormat;
import software.amazon.awssdk.services.codeartifact.model.PackageVersionDescription;
import software.amazon.awssdk.services.codeartifact.model.PackageVersionErrorCode;
import software.amazon.awssdk.services.codeartifact.model.PackageVersionStatus;
import software.amazon.awssdk.services.codeartifact.model.PublishPackageVersionResponse;
import software.amazon.awssdk.services.codeartifact.model.RepositoryDescription;
import software.amazon.awssdk.services.codeartifact.model.RepositorySummary;
import software.amazon.awssdk.services.codeartifact.model.ResourceNotFoundException;
import software.amazon.awssdk.services.codeartifact.model.ResourcePolicy;
import software.amazon.awssdk.services.codeartifact.model.Tag;
import software.amazon.awssdk.services.codeartifact.model.UpdatePackageVersionsStatusResponse;
import software.amazon.awssdk.services.codeartifact.model.ValidationException;

/** The control plane driven by the AWS SDK for Java v2, as a user's scripts and tools would drive it. */
class ControlPlaneSdkTest {
    @TempDir
    Path dir;

    private RunningServer server;
    private CodeartifactClient ca;
    private String account;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        ca = server.client();
        account = server.backend().account().accountId();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void domainsAndRepositoriesWithUpstreamsAndAnExternalConnection() {
        var created = ca.createDomain(b -> b.domain("acme").tags(Tag.builder().key("team").value("platform").build()))
                .domain();
        assertThat(created.name()).isEqualTo("acme");
        assertThat(created.owner()).isEqualTo(account);
        assertThat(created.arn()).isEqualTo("arn:aws:codeartifact:us-east-1:" + account + ":domain/acme");
        assertThat(created.statusAsString()).isEqualTo("Active");
        assertThat(created.createdTime()).isEqualTo(Instant.parse("2026-03-01T09:00:00.250Z"));
        assertThat(created.repositoryCount()).isZero();

        ca.createRepository(b -> b.domain("acme").repository("npm-store").description("public npm packages"));
        RepositoryDescription store = ca.associateExternalConnection(b -> b.domain("acme").repository("npm-store")
                .externalConnection("public:npmjs")).repository();
        assertThat(store.externalConnections()).singleElement().satisfies(c -> {
            assertThat(c.externalConnectionName()).isEqualTo("public:npmjs");
            assertThat(c.packageFormat()).isEqualTo(PackageFormat.NPM);
            assertThat(c.statusAsString()).isEqualTo("Available");
        });
        ca.createRepository(b -> b.domain("acme").repository("shared"));
        RepositoryDescription app = ca.createRepository(b -> b.domain("acme").repository("app")
                .upstreams(u -> u.repositoryName("shared"), u -> u.repositoryName("npm-store"))
                .tags(Tag.builder().key("env").value("dev").build())).repository();
        assertThat(app.upstreams()).extracting(u -> u.repositoryName()).containsExactly("shared", "npm-store");
        assertThat(app.arn()).isEqualTo("arn:aws:codeartifact:us-east-1:" + account + ":repository/acme/app");
        assertThat(app.domainOwner()).isEqualTo(account);
        assertThat(app.administratorAccount()).isEqualTo(account);

        DescribeRepositoryResponse described = ca.describeRepository(b -> b.domain("acme").repository("npm-store"));
        assertThat(described.repository().description()).isEqualTo("public npm packages");
        assertThat(ca.describeDomain(b -> b.domain("acme")).domain().repositoryCount()).isEqualTo(3);

        RepositoryDescription reordered = ca.updateRepository(b -> b.domain("acme").repository("app")
                .upstreams(u -> u.repositoryName("npm-store"))).repository();
        assertThat(reordered.upstreams()).extracting(u -> u.repositoryName()).containsExactly("npm-store");
        RepositoryDescription described2 = ca.updateRepository(b -> b.domain("acme").repository("app")
                .description("the app's repository")).repository();
        assertThat(described2.upstreams()).as("a description-only update keeps the upstreams")
                .extracting(u -> u.repositoryName()).containsExactly("npm-store");

        assertThat(ca.listTagsForResource(b -> b.resourceArn(created.arn())).tags())
                .containsExactly(Tag.builder().key("team").value("platform").build());
        assertThat(ca.listTagsForResource(b -> b.resourceArn(app.arn())).tags())
                .containsExactly(Tag.builder().key("env").value("dev").build());

        RepositoryDescription disconnected = ca.disassociateExternalConnection(b -> b.domain("acme")
                .repository("npm-store").externalConnection("public:npmjs")).repository();
        assertThat(disconnected.externalConnections()).isEmpty();
    }

    @Test
    void listingsComeInPagesThatRepeatNothing() {
        ca.createDomain(b -> b.domain("paged"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String name = "repo-" + i;
            names.add(name);
            ca.createRepository(b -> b.domain("paged").repository(name));
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            ListRepositoriesInDomainResponse page = ca.listRepositoriesInDomain(b -> b.domain("paged").maxResults(3)
                    .nextToken(current));
            page.repositories().forEach(r -> seen.add(r.name()));
            token = page.nextToken();
            pages++;
        } while (token != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(names);

        assertThat(ca.listRepositoriesPaginator(b -> b.maxResults(2)).repositories().stream()
                .map(RepositorySummary::name).toList()).containsExactlyElementsOf(names);

        for (String d : List.of("alpha", "bravo", "charlie", "delta")) {
            ca.createDomain(b -> b.domain(d));
        }
        List<String> domains = ca.listDomainsPaginator(b -> b.maxResults(2)).domains().stream()
                .map(DomainSummary::name).toList();
        assertThat(domains).containsExactly("alpha", "bravo", "charlie", "delta", "paged");
    }

    @Test
    void genericVersionsArePublishedListedChangedAndCopied() throws Exception {
        ca.createDomain(b -> b.domain("acme"));
        ca.createRepository(b -> b.domain("acme").repository("base"));
        ca.createRepository(b -> b.domain("acme").repository("release").upstreams(u -> u.repositoryName("base")));
        publish("base", "1.0.0", "tool.tar.gz", "first build", false);
        publish("base", "1.1.0", "tool.tar.gz", "second build", false);
        PublishPackageVersionResponse unfinished = publish("base", "2.0.0", "tool.tar.gz", "third build", true);
        assertThat(unfinished.status()).isEqualTo(PackageVersionStatus.UNFINISHED);
        PublishPackageVersionResponse finished = publish("base", "2.0.0", "tool.sig", "signature", false);
        assertThat(finished.status()).isEqualTo(PackageVersionStatus.PUBLISHED);
        assertThat(finished.versionRevision()).isNotEqualTo(unfinished.versionRevision());
        assertThat(finished.asset().hashes()).containsKey(software.amazon.awssdk.services.codeartifact.model.HashAlgorithm.SHA_256);

        ListPackageVersionsResponse versions = ca.listPackageVersions(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool"));
        assertThat(versions.versions()).extracting(v -> v.version()).containsExactly("1.0.0", "1.1.0", "2.0.0");
        assertThat(versions.defaultDisplayVersion()).isEqualTo("2.0.0");
        assertThat(versions.versions().get(0).origin().domainEntryPoint().repositoryName()).isEqualTo("base");
        assertThat(ca.listPackageVersionAssets(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC)
                .namespace("acme-tools").packageValue("tool").packageVersion("2.0.0")).assets())
                .extracting(a -> a.name()).containsExactly("tool.sig", "tool.tar.gz");

        PackageVersionDescription described = ca.describePackageVersion(b -> b.domain("acme").repository("base")
                .format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool").packageVersion("1.0.0"))
                .packageVersion();
        assertThat(described.packageName()).isEqualTo("tool");
        assertThat(described.status()).isEqualTo(PackageVersionStatus.PUBLISHED);
        assertThat(described.publishedTime()).isEqualTo(Instant.parse("2026-03-01T09:00:00.250Z"));

        ResponseBytes<GetPackageVersionAssetResponse> asset = ca.getPackageVersionAssetAsBytes(b -> b.domain("acme")
                .repository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool")
                .packageVersion("1.1.0").asset("tool.tar.gz"));
        assertThat(asset.asUtf8String()).isEqualTo("second build");
        assertThat(asset.response().assetName()).isEqualTo("tool.tar.gz");
        assertThat(asset.response().packageVersion()).isEqualTo("1.1.0");
        assertThat(asset.response().packageVersionRevision()).isNotBlank();

        var readme = ca.getPackageVersionReadme(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC)
                .namespace("acme-tools").packageValue("tool").packageVersion("1.0.0"));
        assertThat(readme.version()).isEqualTo("1.0.0");
        assertThat(readme.readme()).isNull();
        assertThat(ca.listPackageVersionDependencies(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC)
                .namespace("acme-tools").packageValue("tool").packageVersion("1.0.0")).dependencies()).isEmpty();

        var origin = ca.putPackageOriginConfiguration(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool")
                .restrictions(r -> r.publish(AllowPublish.ALLOW).upstream(AllowUpstream.BLOCK))).originConfiguration();
        assertThat(origin.restrictions().publish()).isEqualTo(AllowPublish.ALLOW);
        assertThat(ca.describePackage(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool")).packageValue()
                .originConfiguration().restrictions().upstream()).isEqualTo(AllowUpstream.BLOCK);

        UpdatePackageVersionsStatusResponse archived = ca.updatePackageVersionsStatus(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool").versions("1.0.0").expectedStatus(PackageVersionStatus.PUBLISHED)
                .targetStatus(PackageVersionStatus.ARCHIVED));
        assertThat(archived.successfulVersions().get("1.0.0").status()).isEqualTo(PackageVersionStatus.ARCHIVED);
        UpdatePackageVersionsStatusResponse mismatch = ca.updatePackageVersionsStatus(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool").versions("1.0.0", "1.1.0").expectedStatus(PackageVersionStatus.PUBLISHED)
                .targetStatus(PackageVersionStatus.UNLISTED));
        assertThat(mismatch.successfulVersions()).isEmpty();
        assertThat(mismatch.failedVersions().get("1.0.0").errorCode()).isEqualTo(PackageVersionErrorCode.MISMATCHED_STATUS);
        assertThat(mismatch.failedVersions().get("1.1.0").errorCode()).isEqualTo(PackageVersionErrorCode.SKIPPED);
        assertThat(ca.listPackageVersions(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool")
                .status(PackageVersionStatus.ARCHIVED)).versions()).extracting(v -> v.version()).containsExactly("1.0.0");

        var disposed = ca.disposePackageVersions(b -> b.domain("acme").repository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool").versions("1.0.0"));
        assertThat(disposed.successfulVersions().get("1.0.0").status()).isEqualTo(PackageVersionStatus.DISPOSED);

        CopyPackageVersionsResponse notUpstream = ca.copyPackageVersions(b -> b.domain("acme").sourceRepository("release")
                .destinationRepository("base").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool")
                .versions("1.1.0"));
        assertThat(notUpstream.failedVersions().get("1.1.0").errorCode()).isEqualTo(PackageVersionErrorCode.NOT_FOUND);
        ca.createRepository(b -> b.domain("acme").repository("mirror"));
        CopyPackageVersionsResponse fromUpstream = ca.copyPackageVersions(b -> b.domain("acme").sourceRepository("release")
                .destinationRepository("mirror").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool")
                .versions("1.1.0").includeFromUpstream(true));
        assertThat(fromUpstream.successfulVersions().get("1.1.0").status()).isEqualTo(PackageVersionStatus.PUBLISHED);
        assertThat(ca.getPackageVersionAssetAsBytes(b -> b.domain("acme").repository("mirror").format(PackageFormat.GENERIC)
                .namespace("acme-tools").packageValue("tool").packageVersion("1.1.0").asset("tool.tar.gz")).asUtf8String())
                .isEqualTo("second build");

        var deleted = ca.deletePackageVersions(b -> b.domain("acme").repository("mirror").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool").versions("1.1.0"));
        assertThat(deleted.successfulVersions().get("1.1.0").status()).isEqualTo(PackageVersionStatus.DELETED);
        var deletedPackage = ca.deletePackage(b -> b.domain("acme").repository("mirror").format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool")).deletedPackage();
        assertThat(deletedPackage.packageValue()).isEqualTo("tool");
        assertThat(ca.listPackages(b -> b.domain("acme").repository("base")).packages()).singleElement()
                .satisfies(p -> assertThat(p.namespace()).isEqualTo("acme-tools"));
    }

    @Test
    void versionListingsPageByVersionOrByPublishedTime() throws Exception {
        ca.createDomain(b -> b.domain("acme"));
        ca.createRepository(b -> b.domain("acme").repository("base"));
        for (String version : List.of("1.0.0", "3.0.0", "2.0.0", "1.5.0", "0.9.0")) {
            publish("base", version, "tool.tar.gz", "build " + version, false);
            server.clock().advance(Duration.ofMinutes(1));
        }
        List<String> byVersion = ca.listPackageVersionsPaginator(b -> b.domain("acme").repository("base")
                .format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool").maxResults(2)).versions()
                .stream().map(v -> v.version()).toList();
        assertThat(byVersion).containsExactly("0.9.0", "1.0.0", "1.5.0", "2.0.0", "3.0.0");
        List<String> newestFirst = ca.listPackageVersionsPaginator(b -> b.domain("acme").repository("base")
                .format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("tool").maxResults(2)
                .sortBy("PUBLISHED_TIME")).versions().stream().map(v -> v.version()).toList();
        assertThat(newestFirst).containsExactly("0.9.0", "1.5.0", "2.0.0", "3.0.0", "1.0.0");
    }

    @Test
    void largeAssetsStreamInAndOutIntact() throws Exception {
        ca.createDomain(b -> b.domain("acme"));
        ca.createRepository(b -> b.domain("acme").repository("base"));
        byte[] big = new byte[12 * 1024 * 1024 + 7];
        new Random(42).nextBytes(big);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big));
        PublishPackageVersionResponse published = ca.publishPackageVersion(b -> b.domain("acme").repository("base")
                .format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("bundle").packageVersion("1.0.0")
                .assetName("bundle.bin").assetSHA256(sha), RequestBody.fromBytes(big));
        assertThat(published.asset().size()).isEqualTo(big.length);
        byte[] downloaded = ca.getPackageVersionAssetAsBytes(b -> b.domain("acme").repository("base")
                .format(PackageFormat.GENERIC).namespace("acme-tools").packageValue("bundle").packageVersion("1.0.0")
                .asset("bundle.bin")).asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(downloaded))).isEqualTo(sha);
        assertThat(ca.describeDomain(b -> b.domain("acme")).domain().assetSizeBytes()).isEqualTo(big.length);
    }

    @Test
    void tokensEndpointsAndPolicies() {
        ca.createDomain(b -> b.domain("acme"));
        ca.createRepository(b -> b.domain("acme").repository("app"));

        GetAuthorizationTokenResponse token = ca.getAuthorizationToken(b -> b.domain("acme"));
        assertThat(token.expiration()).isEqualTo(server.clock().instant().plus(Duration.ofHours(12)));
        assertThat(server.backend().catalog().tokens().verify(token.authorizationToken())).isPresent();
        GetAuthorizationTokenResponse shortToken = ca.getAuthorizationToken(b -> b.domain("acme").durationSeconds(900L));
        assertThat(shortToken.expiration()).isEqualTo(server.clock().instant().plusSeconds(900));
        assertThat(shortToken.authorizationToken()).isNotEqualTo(token.authorizationToken());
        server.clock().advance(Duration.ofMinutes(16));
        assertThat(server.backend().catalog().tokens().verify(shortToken.authorizationToken())).as("expired").isEmpty();
        assertThat(server.backend().catalog().tokens().verify(token.authorizationToken())).isPresent();
        assertThatThrownBy(() -> ca.getAuthorizationToken(b -> b.domain("acme").durationSeconds(60L)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("900");

        assertThat(ca.getRepositoryEndpoint(b -> b.domain("acme").repository("app").format(PackageFormat.NPM))
                .repositoryEndpoint()).isEqualTo(server.endpoint() + "/d/acme/" + account + "/npm/app/");

        String document = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"codeartifact:ReadFromRepository\",\"Resource\":\"*\"}]}";
        assertThatThrownBy(() -> ca.getDomainPermissionsPolicy(b -> b.domain("acme")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("no permissions policy");
        ResourcePolicy first = ca.putDomainPermissionsPolicy(b -> b.domain("acme").policyDocument(document)).policy();
        assertThat(first.resourceArn()).isEqualTo("arn:aws:codeartifact:us-east-1:" + account + ":domain/acme");
        assertThat(ca.getDomainPermissionsPolicy(b -> b.domain("acme")).policy().document()).isEqualTo(document);
        assertThatThrownBy(() -> ca.putDomainPermissionsPolicy(b -> b.domain("acme").policyDocument(document)
                .policyRevision("stale-revision"))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("stale-revision");
        ResourcePolicy second = ca.putDomainPermissionsPolicy(b -> b.domain("acme").policyDocument(document)
                .policyRevision(first.revision())).policy();
        assertThat(second.revision()).isNotEqualTo(first.revision());
        assertThat(ca.deleteDomainPermissionsPolicy(b -> b.domain("acme").policyRevision(second.revision())).policy()
                .revision()).isEqualTo(second.revision());

        ResourcePolicy repoPolicy = ca.putRepositoryPermissionsPolicy(b -> b.domain("acme").repository("app")
                .policyDocument(document)).policy();
        assertThat(ca.getRepositoryPermissionsPolicy(b -> b.domain("acme").repository("app")).policy().revision())
                .isEqualTo(repoPolicy.revision());
        ca.deleteRepositoryPermissionsPolicy(b -> b.domain("acme").repository("app"));
        assertThatThrownBy(() -> ca.getRepositoryPermissionsPolicy(b -> b.domain("acme").repository("app")))
                .isInstanceOf(ResourceNotFoundException.class);

        String arn = "arn:aws:codeartifact:us-east-1:" + account + ":repository/acme/app";
        ca.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("a").value("1").build(),
                Tag.builder().key("b").value("2").build()));
        ca.untagResource(b -> b.resourceArn(arn).tagKeys("a"));
        assertThat(ca.listTagsForResource(b -> b.resourceArn(arn)).tags()).extracting(Tag::key).containsExactly("b");

        ca.deleteRepository(b -> b.domain("acme").repository("app"));
        ca.createRepository(b -> b.domain("acme").repository("app"));
        assertThat(ca.listTagsForResource(b -> b.resourceArn(arn)).tags()).as("a recreated repository starts without tags")
                .isEmpty();

        ca.createDomain(b -> b.domain("short-lived").tags(Tag.builder().key("k").value("v").build()));
        ca.putDomainPermissionsPolicy(b -> b.domain("short-lived").policyDocument(document));
        String shortLivedToken = ca.getAuthorizationToken(b -> b.domain("short-lived")).authorizationToken();
        ca.deleteDomain(b -> b.domain("short-lived"));
        ca.createDomain(b -> b.domain("short-lived"));
        assertThat(ca.listTagsForResource(b -> b.resourceArn("arn:aws:codeartifact:us-east-1:" + account
                + ":domain/short-lived")).tags()).isEmpty();
        assertThatThrownBy(() -> ca.getDomainPermissionsPolicy(b -> b.domain("short-lived")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(server.backend().catalog().tokens().verify(shortLivedToken)).as("tokens end with their domain").isEmpty();
    }

    private PublishPackageVersionResponse publish(String repository, String version, String asset, String content,
                                                  boolean unfinished) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        return ca.publishPackageVersion(b -> b.domain("acme").repository(repository).format(PackageFormat.GENERIC)
                .namespace("acme-tools").packageValue("tool").packageVersion(version).assetName(asset).assetSHA256(sha)
                .unfinished(unfinished), RequestBody.fromBytes(bytes));
    }
}
