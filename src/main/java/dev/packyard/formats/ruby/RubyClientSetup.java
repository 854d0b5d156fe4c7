package dev.packyard.formats.ruby;

import dev.packyard.service.endpoints.ClientSetup;
import dev.packyard.service.endpoints.ClientSetupRequest;
import java.util.List;

/**
 * Bundler and gem take the repository as a source with Basic credentials (user "aws", the token as password);
 * {@code gem push} sends the token as its API key to the endpoint given as {@code --host}.
 */
final class RubyClientSetup implements ClientSetup {
    @Override
    public String title() {
        return "RubyGems (Bundler, gem)";
    }

    @Override
    public String id() {
        return "gem";
    }

    @Override
    public List<String> loginTools() {
        return List.of();
    }

    @Override
    public String snippet(ClientSetupRequest request) {
        String endpoint = request.endpointUrl();
        String host = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return "# Gemfile: source \"" + endpoint + "\"\n"
                + "bundle config set --global " + endpoint + " aws:" + request.token() + "\n"
                + "gem install GEM --clear-sources --source " + request.scheme() + "aws:" + request.token() + "@"
                + request.endpointWithoutScheme() + "\n"
                + "GEM_HOST_API_KEY=" + request.token() + " gem push GEM-VERSION.gem --host " + host + "\n";
    }
}
