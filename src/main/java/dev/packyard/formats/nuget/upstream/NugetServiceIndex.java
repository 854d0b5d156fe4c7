package dev.packyard.formats.nuget.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.packyard.model.SharedJson;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The two resources of a v3 service index Packyard reads from: the registration base (package metadata with
 * listed flags and publication times) and the flat container (files). The SemVer 2 registration is preferred, as
 * the NuGet client does.
 */
record NugetServiceIndex(String registrationsBase, String packageBaseAddress) {
    private static final List<String> REGISTRATION_TYPES =
            List.of("RegistrationsBaseUrl/3.6.0", "RegistrationsBaseUrl/Versioned", "RegistrationsBaseUrl/3.4.0", "RegistrationsBaseUrl");

    static NugetServiceIndex read(byte[] json) throws IOException {
        JsonNode index = SharedJson.MAPPER.readTree(json);
        JsonNode resources = index == null ? null : index.get("resources");
        if (resources == null || !resources.isArray()) {
            throw new IOException("it has no 'resources' list, so it is not a NuGet v3 service index");
        }
        Optional<String> registrations = REGISTRATION_TYPES.stream().map(type -> resource(resources, type))
                .flatMap(Optional::stream).findFirst();
        Optional<String> flat = resource(resources, "PackageBaseAddress/3.0.0");
        if (registrations.isEmpty() || flat.isEmpty()) {
            throw new IOException("it names no " + (registrations.isEmpty() ? "RegistrationsBaseUrl" : "PackageBaseAddress/3.0.0")
                    + " resource");
        }
        return new NugetServiceIndex(withSlash(registrations.get()), withSlash(flat.get()));
    }

    private static Optional<String> resource(JsonNode resources, String type) {
        for (JsonNode r : resources) {
            if (type.equals(r.path("@type").asText()) && r.hasNonNull("@id")) {
                return Optional.of(r.get("@id").asText());
            }
        }
        return Optional.empty();
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
