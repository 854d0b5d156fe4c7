package dev.packyard.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.domains.CreateDomainForm;
import dev.packyard.ui.testing.UiFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WelcomeViewModelTest {
    @TempDir
    Path dir;

    @Test
    void demoIsHonestlyUnavailableUntilWired() {
        try (UiFixture fx = new UiFixture(dir)) {
            WelcomeViewModel model = new WelcomeViewModel(fx.screen());

            assertThat(model.demoAvailable()).isFalse();
            assertThat(model.demoTooltip()).startsWith("Coming with the demo registry");
        }
    }

    @Test
    void createDomainOpensTheNewDomain() {
        try (UiFixture fx = new UiFixture(dir)) {
            WelcomeViewModel model = new WelcomeViewModel(fx.screen());
            fx.dialogs.fillForm(CreateDomainForm.NAME, "acme");

            model.createDomain();

            assertThat(fx.navigator.last()).isEqualTo(NavTarget.Domains.of(new DomainId(fx.account(), "acme")));
        }
    }
}
