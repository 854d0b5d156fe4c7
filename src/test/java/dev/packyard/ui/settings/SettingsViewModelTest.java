package dev.packyard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void showsDataDirectoryAccountTimingAndSharesTheThemeSetting() {
        try (UiFixture fx = new UiFixture(dir)) {
            Appearance appearance = new Appearance();
            SettingsViewModel model = new SettingsViewModel(fx.console(), appearance);

            assertThat(model.dataDirectory()).isEqualTo(dir.resolve("data").toAbsolutePath().toString());
            assertThat(model.accountId()).matches("[0-9]{12}").isEqualTo(fx.account());
            assertThat(model.timingProfile()).isEqualTo("codeartifact (default)");
            assertThat(model.serverAddress()).as("this fixture runs no server").startsWith("not serving");
            assertThat(model.timingExplanation()).contains("--port", "--time-scale", "at 60× those 3 minutes take 3 seconds",
                    "from the welcome screen");

            model.darkModeProperty().set(true);
            assertThat(appearance.darkModeProperty().get()).isTrue();
        }
    }
}
