package dev.packyard.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.PackageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionSortKeyTest {
    @Test
    void versionsSortAsPeopleReadThem() {
        List<String> versions = new ArrayList<>(List.of("10.0.0", "1.10.0", "1.9.0", "1.9.0-beta.2", "1.9.0-beta.10", "2.0",
                "1.02.0", "0.9", "123456789012345.0"));
        versions.sort(Comparator.comparing(v -> VersionSortKey.of(PackageFormat.MAVEN, v)));
        assertThat(versions).containsExactly("0.9", "1.02.0", "1.9.0-beta.2", "1.9.0-beta.10", "1.9.0", "1.10.0", "2.0",
                "10.0.0", "123456789012345.0");
    }
}
