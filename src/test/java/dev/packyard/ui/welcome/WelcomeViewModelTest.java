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

    @Test
    void startingTheDemoRunsOffTheUiThreadThenOpensTheDemoDomain() {
        try (UiFixture fx = new UiFixture(dir)) {
            java.util.List<String> threads = new java.util.ArrayList<>();
            Runnable start = () -> {
                threads.add(Thread.currentThread().getName());
                fx.backend.catalog().domains().create("demo", null);
            };
            var base = fx.console();
            var console = base.toBuilder().startDemo(java.util.Optional.of(start)).build();
            WelcomeViewModel model = new WelcomeViewModel(new dev.packyard.ui.common.ScreenContext(console, fx.runner,
                    fx.dialogs, fx.navigator));

            assertThat(model.demoAvailable()).isTrue();
            model.startDemo();

            assertThat(threads).hasSize(1);
            assertThat(fx.navigator.catalogChanges()).isEqualTo(1);
            assertThat(fx.navigator.last()).isEqualTo(NavTarget.Domains.of(new DomainId(fx.account(), "demo")));
        }
    }
}
