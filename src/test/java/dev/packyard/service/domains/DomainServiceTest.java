package dev.packyard.service.domains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.packyard.model.Domain;
import dev.packyard.model.DomainStatus;
import dev.packyard.model.Page;
import dev.packyard.service.error.AccessDeniedException;
import dev.packyard.service.error.ConflictException;
import dev.packyard.service.error.ResourceNotFoundException;
import dev.packyard.service.error.ResourceType;
import dev.packyard.service.error.ServiceQuotaExceededException;
import dev.packyard.service.error.ValidationException;
import dev.packyard.testing.BackendTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainServiceTest extends BackendTest {

    @Test
    void createdDomainIsDescribedWithOwnerArnAndCountsAndSurvivesARestart() {
        DomainDetails created = backend.catalog().domains().create("my-domain", null);

        assertThat(created.domain().owner()).isEqualTo(account()).matches("[1-9][0-9]{11}");
        assertThat(created.arn()).isEqualTo("arn:aws:codeartifact:us-east-1:" + account() + ":domain/my-domain");
        assertThat(created.domain().status()).isEqualTo(DomainStatus.Active);
        assertThat(created.domain().createdTime()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(created.repositoryCount()).isZero();
        assertThat(created.assetSizeBytes()).isZero();

        String accountBefore = account();
        reopen();
        assertThat(account()).isEqualTo(accountBefore);
        assertThat(backend.catalog().domains().describe(null, "my-domain").domain().name()).isEqualTo("my-domain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "My-domain", "1domain", "domain-", "my_domain", "has space",
            "a123456789012345678901234567890123456789012345678901"})
    void invalidDomainNamesAreRejectedWithTheRule(String name) {
        assertThatThrownBy(() -> backend.catalog().domains().create(name, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Invalid domain")
                .hasMessageContaining("lowercase letter first");
    }

    @Test
    void aDuplicateNameIsAConflict() {
        backend.catalog().domains().create("dup", null);
        assertThatThrownBy(() -> backend.catalog().domains().create("dup", null))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.resourceType()).contains(ResourceType.DOMAIN);
                    assertThat(e.resourceId()).contains("dup");
                })
                .hasMessageContaining("Domain dup already exists");
    }

    @Test
    void theEleventhDomainExceedsTheQuota() {
        for (int i = 0; i < 10; i++) {
            backend.catalog().domains().create("domain-" + i, null);
        }
        assertThatThrownBy(() -> backend.catalog().domains().create("domain-10", null))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> assertThat(e.httpStatus()).isEqualTo(402))
                .hasMessageContaining("10 domains");
    }

    @Test
    void aDomainWithRepositoriesCannotBeDeletedUntilTheyAreGone() {
        backend.catalog().domains().create("busy", null);
        backend.catalog().repositories().create(null, "busy", "one", null, null);
        backend.catalog().repositories().create(null, "busy", "two", null, null);

        assertThatThrownBy(() -> backend.catalog().domains().delete(null, "busy"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("still has 2 repositories");

        backend.catalog().repositories().delete(null, "busy", "one");
        backend.catalog().repositories().delete(null, "busy", "two");
        DomainDetails deleted = backend.catalog().domains().delete(null, "busy");
        assertThat(deleted.domain().status()).isEqualTo(DomainStatus.Deleted);
        assertThatThrownBy(() -> backend.catalog().domains().describe(null, "busy")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void unknownDomainsAreNotFoundAndOtherAccountsAreDenied() {
        assertThatThrownBy(() -> backend.catalog().domains().describe(null, "nowhere"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.httpStatus()).isEqualTo(404))
                .hasMessageContaining("Domain nowhere does not exist");
        String other = account().equals("111122223333") ? "444455556666" : "111122223333";
        assertThatThrownBy(() -> backend.catalog().domains().describe(other, "nowhere"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.httpStatus()).isEqualTo(403))
                .hasMessageContaining("Account " + other + " is not accessible");
        assertThatThrownBy(() -> backend.catalog().domains().describe("12345", "nowhere"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("exactly 12 digits");
    }

    @Test
    void listingPagesThroughEveryDomainOnceInNameOrder() {
        for (String name : List.of("delta", "alpha", "echo", "charlie", "bravo")) {
            backend.catalog().domains().create(name, null);
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<Domain> page = backend.catalog().domains().list(2, token);
            page.items().forEach(d -> seen.add(d.name()));
            token = page.nextToken().orElse(null);
            pages++;
        } while (token != null);
        assertThat(seen).containsExactly("alpha", "bravo", "charlie", "delta", "echo");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void maxResultsAndTokensAreValidated() {
        assertThatThrownBy(() -> backend.catalog().domains().list(0, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("from 1 to 1000");
        assertThatThrownBy(() -> backend.catalog().domains().list(1001, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> backend.catalog().domains().list(10, "not-a-token!")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("next-token");
    }
}
