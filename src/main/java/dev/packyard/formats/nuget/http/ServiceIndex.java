package dev.packyard.formats.nuget.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.packyard.model.SharedJson;
import java.util.List;

/**
 * A repository's v3 service index: the resources a NuGet client looks up by type, each under the repository's
 * endpoint. Every version of a resource type the client may ask for is named, as the public gallery does.
 */
final class ServiceIndex {
    static final String FLAT_CONTAINER = "v3/flatcontainer/";
    static final String REGISTRATIONS = "v3/registrations/";
    static final String SEARCH = "v3/search";
    static final String PUBLISH = "v2/package";

    private ServiceIndex() {
    }

    static ObjectNode document(String endpointUrl) {
        ObjectNode index = SharedJson.MAPPER.createObjectNode().put("version", "3.0.0");
        ArrayNode resources = index.putArray("resources");
        add(resources, endpointUrl + FLAT_CONTAINER, List.of("PackageBaseAddress/3.0.0"),
                "Package files (.nupkg, .nuspec) and version lists, ids and versions in lower case");
        add(resources, endpointUrl + REGISTRATIONS, List.of("RegistrationsBaseUrl", "RegistrationsBaseUrl/3.0.0-beta",
                "RegistrationsBaseUrl/3.0.0-rc", "RegistrationsBaseUrl/3.4.0", "RegistrationsBaseUrl/3.6.0",
                "RegistrationsBaseUrl/Versioned"), "Package metadata, SemVer 2.0.0 versions included");
        add(resources, endpointUrl + SEARCH, List.of("SearchQueryService", "SearchQueryService/3.0.0-beta",
                "SearchQueryService/3.0.0-rc", "SearchQueryService/3.5.0"), "Search over the packages this repository holds");
        add(resources, endpointUrl + PUBLISH, List.of("PackagePublish/2.0.0"), "Push (PUT) and unlist (DELETE) packages");
        return index;
    }

    private static void add(ArrayNode resources, String url, List<String> types, String comment) {
        for (String type : types) {
            resources.addObject().put("@id", url).put("@type", type).put("comment", comment);
        }
    }
}
