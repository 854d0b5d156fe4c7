package dev.packyard.formats.ruby;

import static org.assertj.core.api.Assertions.assertThat;

import dev.packyard.model.DomainId;
import dev.packyard.model.RepositoryId;
import dev.packyard.service.endpoints.ClientSetupRequest;
import org.junit.jupiter.api.Test;

/** The Connect tab's RubyGems lines name the repository's endpoint everywhere Bundler and gem need it. */
class RubyClientSetupTest {
    @Test
    void theSnippetConfiguresBundlerGemInstallAndGemPushForTheEndpoint() {
        String endpoint = "http://127.0.0.1:8642/d/demo/111122223333/ruby/app/";
        String snippet = new RubyClientSetup().snippet(new ClientSetupRequest(
                new RepositoryId(new DomainId("111122223333", "demo"), "app"), endpoint, "TOKEN123"));
        assertThat(snippet.lines()).containsExactly(
                "# Gemfile: source \"" + endpoint + "\"",
                "bundle config set --global " + endpoint + " aws:TOKEN123",
                "gem install GEM --clear-sources --source http://aws:TOKEN123@127.0.0.1:8642/d/demo/111122223333/ruby/app/",
                "GEM_HOST_API_KEY=TOKEN123 gem push GEM-VERSION.gem --host http://127.0.0.1:8642/d/demo/111122223333/ruby/app");
    }
}
