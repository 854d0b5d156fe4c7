package dev.packyard.ui.repositories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.Repository;
import dev.packyard.model.RepositoryId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolutionOrderTest {
    private static Repository repo(String name, String... upstreams) {
        return new Repository(RepositoryId.of("111122223333", "d", name), "111122223333", "", List.of(upstreams),
                Optional.empty(), Instant.EPOCH);
    }

    @Test
    void eachRepositoryIsSearchedOnceAndADeletedUpstreamIsMarkedMissing() {
        Map<String, Repository> all = new HashMap<>();
        for (Repository r : List.of(repo("a", "b", "c"), repo("b", "c"), repo("c"), repo("d", "a", "gone"))) {
            all.put(r.name(), r);
        }

        List<ResolutionOrder.Step> steps = ResolutionOrder.of(all.get("d"), all);

        assertThat(steps).extracting(ResolutionOrder.Step::repository).containsExactly("d", "a", "b", "c", "gone");
        assertThat(steps.get(4).missing()).isTrue();
    }

    @Test
    void stopsAfterTwentyFiveRepositories() {
        Map<String, Repository> all = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            names.add("r" + i);
        }
        for (int i = 0; i < 30; i++) {
            all.put("r" + i, i + 1 < 30 ? repo("r" + i, "r" + (i + 1)) : repo("r" + i));
        }

        assertThat(ResolutionOrder.of(all.get("r0"), all)).hasSize(25);
    }
}
