package dev.packyard.server.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.codeartifact.CodeartifactClient;
import software.amazon.awssdk.services.codeartifact.model.AccessDeniedException;
import software.amazon.awssdk.services.codeartifact.model.AllowPublish;
import software.amazon.awssdk.services.codeartifact.model.AllowUpstream;
import software.amazon.awssdk.services.codeartifact.model.ConflictException;
import software.amazon.awssdk.services.codeartifact.model.PackageFormat;
import software.amazon.awssdk.services.codeartifact.model.PackageGroupAllowedRepository;
import software.amazon.awssdk.services.codeartifact.model.PackageGroupAssociationType;
import software.amazon.awssdk.services.codeartifact.model.PackageGroupDescription;
import software.amazon.awssdk.services.codeartifact.model.PackageGroupOriginRestriction;
import software.amazon.awssdk.services.codeartifact.model.PackageGroupOriginRestrictionMode;
import software.amazon.awssdk.services.codeartifact.model.PackageGroupOriginRestrictionType;
import software.amazon.awssdk.services.codeartifact.model.PackageGroupSummary;
import software.amazon.awssdk.services.codeartifact.model.ResourceNotFoundException;
import software.amazon.awssdk.services.codeartifact.model.UpdatePackageGroupOriginConfigurationResponse;
import software.amazon.awssdk.services.codeartifact.model.ValidationException;

/** The package group operations through the AWS SDK for Java, and a group's restriction refusing a publish. */
class PackageGroupApiTest {
    private static final PackageGroupOriginRestrictionType PUBLISH = PackageGroupOriginRestrictionType.PUBLISH;

    @TempDir
    Path dir;

    private RunningServer server;
    private CodeartifactClient ca;

    @BeforeEach
    void start() {
        server = RunningServer.start(dir);
        ca = server.client();
        ca.createDomain(b -> b.domain("acme"));
        ca.createRepository(b -> b.domain("acme").repository("app"));
        ca.createRepository(b -> b.domain("acme").repository("team"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theRootGroupExistsAllowsEverythingAndCannotBeDeletedOrInherit() {
        PackageGroupDescription root = ca.describePackageGroup(b -> b.domain("acme").packageGroup("/*")).packageGroup();
        assertThat(root.pattern()).isEqualTo("/*");
        assertThat(root.parent()).isNull();
        assertThat(root.arn()).isEqualTo("arn:aws:codeartifact:us-east-1:" + root.domainOwner() + ":package-group/acme/*");
        assertThat(root.originConfiguration().restrictions()).hasSize(3).allSatisfy((type, r) -> {
            assertThat(r.mode()).isEqualTo(PackageGroupOriginRestrictionMode.ALLOW);
            assertThat(r.effectiveMode()).isEqualTo(PackageGroupOriginRestrictionMode.ALLOW);
            assertThat(r.inheritedFrom()).isNull();
        });
        assertThatThrownBy(() -> ca.deletePackageGroup(b -> b.domain("acme").packageGroup("/*")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> ca.updatePackageGroupOriginConfiguration(b -> b.domain("acme").packageGroup("/*")
                .restrictionsWithStrings(java.util.Map.of("PUBLISH", "INHERIT"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no parent");
    }

    @Test
    void groupsFormATreeAndInheritFromTheNearestAncestorThatSetsAMode() {
        PackageGroupDescription npm = ca.createPackageGroup(b -> b.domain("acme").packageGroup("/npm/*")
                .description("all of npm").contactInfo("platform@example.com")).packageGroup();
        assertThat(npm.parent().pattern()).isEqualTo("/*");
        assertThat(npm.originConfiguration().restrictionsAsStrings().get("PUBLISH").mode())
                .isEqualTo(PackageGroupOriginRestrictionMode.INHERIT);
        ca.createPackageGroup(b -> b.domain("acme").packageGroup("/npm/space/ui-kit$"));
        ca.createPackageGroup(b -> b.domain("acme").packageGroup("/npm/space/*"));
        ca.updatePackageGroupOriginConfiguration(b -> b.domain("acme").packageGroup("/npm/*")
                .restrictionsWithStrings(java.util.Map.of("PUBLISH", "BLOCK")));

        PackageGroupDescription exact = ca.describePackageGroup(b -> b.domain("acme").packageGroup("/npm/space/ui-kit$"))
                .packageGroup();
        assertThat(exact.parent().pattern()).as("created before /npm/space/*, still its child").isEqualTo("/npm/space/*");
        PackageGroupOriginRestriction publish = exact.originConfiguration().restrictionsAsStrings().get("PUBLISH");
        assertThat(publish.mode()).isEqualTo(PackageGroupOriginRestrictionMode.INHERIT);
        assertThat(publish.effectiveMode()).isEqualTo(PackageGroupOriginRestrictionMode.BLOCK);
        assertThat(publish.inheritedFrom().pattern()).isEqualTo("/npm/*");
        assertThat(exact.originConfiguration().restrictionsAsStrings().get("EXTERNAL_UPSTREAM").inheritedFrom().pattern())
                .isEqualTo("/*");

        assertThat(ca.listSubPackageGroups(b -> b.domain("acme").packageGroup("/npm/*")).packageGroups())
                .extracting(PackageGroupSummary::pattern).containsExactly("/npm/space/*");
        assertThat(ca.listPackageGroups(b -> b.domain("acme").prefix("/npm/space")).packageGroups())
                .extracting(PackageGroupSummary::pattern).containsExactly("/npm/space/*", "/npm/space/ui-kit$");
        List<String> paged = ca.listPackageGroupsPaginator(b -> b.domain("acme").maxResults(1)).packageGroups().stream()
                .map(PackageGroupSummary::pattern).toList();
        assertThat(paged).containsExactly("/*", "/npm/*", "/npm/space/*", "/npm/space/ui-kit$");

        PackageGroupDescription removed = ca.deletePackageGroup(b -> b.domain("acme").packageGroup("/npm/space/*"))
                .packageGroup();
        assertThat(removed.pattern()).isEqualTo("/npm/space/*");
        assertThat(ca.describePackageGroup(b -> b.domain("acme").packageGroup("/npm/space/ui-kit$")).packageGroup()
                .parent().pattern()).as("the child moves up to the deleted group's parent").isEqualTo("/npm/*");
        assertThatThrownBy(() -> ca.describePackageGroup(b -> b.domain("acme").packageGroup("/npm/space/*")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> ca.createPackageGroup(b -> b.domain("acme").packageGroup("/npm/*")))
                .isInstanceOf(ConflictException.class);

        PackageGroupDescription updated = ca.updatePackageGroup(b -> b.domain("acme").packageGroup("/npm/*")
                .description("npm, reviewed")).packageGroup();
        assertThat(updated.description()).isEqualTo("npm, reviewed");
        assertThat(updated.contactInfo()).as("left out, kept").isEqualTo("platform@example.com");
    }

    @Test
    void allowedRepositoriesAreAddedRemovedListedAndMustExist() {
        ca.createPackageGroup(b -> b.domain("acme").packageGroup("/generic/tools/*"));
        UpdatePackageGroupOriginConfigurationResponse r = ca.updatePackageGroupOriginConfiguration(b -> b.domain("acme")
                .packageGroup("/generic/tools/*")
                .restrictionsWithStrings(java.util.Map.of("PUBLISH", "ALLOW_SPECIFIC_REPOSITORIES"))
                .addAllowedRepositories(PackageGroupAllowedRepository.builder().repositoryName("team")
                        .originRestrictionType(PUBLISH).build(), PackageGroupAllowedRepository.builder()
                        .repositoryName("app").originRestrictionType(PUBLISH).build()));
        assertThat(r.allowedRepositoryUpdatesAsStrings().get("PUBLISH").get("ADDED")).containsExactly("app", "team");
        assertThat(r.packageGroup().originConfiguration().restrictionsAsStrings().get("PUBLISH").repositoriesCount()).isEqualTo(2L);
        ca.updatePackageGroupOriginConfiguration(b -> b.domain("acme").packageGroup("/generic/tools/*")
                .removeAllowedRepositories(PackageGroupAllowedRepository.builder().repositoryName("app")
                        .originRestrictionType(PUBLISH).build()));
        assertThat(ca.listAllowedRepositoriesForGroup(b -> b.domain("acme").packageGroup("/generic/tools/*")
                .originRestrictionType(PUBLISH)).allowedRepositories()).containsExactly("team");
        assertThatThrownBy(() -> ca.updatePackageGroupOriginConfiguration(b -> b.domain("acme")
                .packageGroup("/generic/tools/*").addAllowedRepositories(PackageGroupAllowedRepository.builder()
                        .repositoryName("nowhere").originRestrictionType(PUBLISH).build())))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("nowhere");

        assertThatThrownBy(() -> publish("app", "tools", "hammer"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("package group /generic/tools/*",
                            "ALLOW_SPECIFIC_REPOSITORIES", "app is not an allowed repository",
                            "--add-allowed-repositories originRestrictionType=PUBLISH,repositoryName=app");
                });
        publish("team", "tools", "hammer");
        publish("app", "other", "saw");
    }

    @Test
    void associationsCoverPackagesInNoRepositoryAndThePreviewShowsWhatAPatternWouldCatch() {
        for (String name : List.of("ui-kit", "ui-grid", "api")) {
            ca.putPackageOriginConfiguration(b -> b.domain("acme").repository("app").format(PackageFormat.NPM)
                    .namespace("space").packageValue(name).restrictions(o -> o.publish(AllowPublish.ALLOW)
                            .upstream(AllowUpstream.BLOCK)));
        }
        ca.createPackageGroup(b -> b.domain("acme").packageGroup("/npm/space/*"));
        assertThat(ca.listAssociatedPackages(b -> b.domain("acme").packageGroup("/npm/space/ui~").preview(true))
                .packages()).extracting(p -> p.packageValue() + ":" + p.associationType())
                .containsExactly("ui-grid:WEAK", "ui-kit:WEAK");
        assertThatThrownBy(() -> ca.listAssociatedPackages(b -> b.domain("acme").packageGroup("/npm/space/ui~")))
                .isInstanceOf(ResourceNotFoundException.class);
        ca.createPackageGroup(b -> b.domain("acme").packageGroup("/npm/space/ui-kit$"));
        assertThat(ca.listAssociatedPackages(b -> b.domain("acme").packageGroup("/npm/space/*")).packages())
                .extracting(p -> p.packageValue()).containsExactly("api", "ui-grid");

        var kit = ca.getAssociatedPackageGroup(b -> b.domain("acme").format(PackageFormat.NPM).namespace("space")
                .packageValue("ui-kit"));
        assertThat(kit.packageGroup().pattern()).isEqualTo("/npm/space/ui-kit$");
        assertThat(kit.associationType()).isEqualTo(PackageGroupAssociationType.STRONG);
        var unseen = ca.getAssociatedPackageGroup(b -> b.domain("acme").format(PackageFormat.PYPI).packageValue("Never_Seen"));
        assertThat(unseen.packageGroup().pattern()).as("a package no repository holds").isEqualTo("/*");
        assertThat(unseen.associationType()).isEqualTo(PackageGroupAssociationType.WEAK);
    }

    @Test
    void groupsCarryTagsByArn() {
        PackageGroupDescription g = ca.createPackageGroup(b -> b.domain("acme").packageGroup("/pypi//internal-~")
                .tags(t -> t.key("team").value("data"))).packageGroup();
        assertThat(ca.listTagsForResource(b -> b.resourceArn(g.arn())).tags()).singleElement()
                .satisfies(t -> assertThat(t.key() + "=" + t.value()).isEqualTo("team=data"));
        ca.deletePackageGroup(b -> b.domain("acme").packageGroup("/pypi//internal-~"));
        assertThatThrownBy(() -> ca.listTagsForResource(b -> b.resourceArn(g.arn())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private void publish(String repository, String namespace, String name) {
        byte[] content = (namespace + "/" + name).getBytes(StandardCharsets.UTF_8);
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ca.publishPackageVersion(b -> b.domain("acme").repository(repository).format(PackageFormat.GENERIC)
                .namespace(namespace).packageValue(name).packageVersion("1.0.0").assetName(name + ".bin")
                .assetSHA256(sha), RequestBody.fromBytes(content));
    }
}
