package dev.packyard.formats.maven.demo;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.packyard.model.SharedJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.packyard.demo.common.Digests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gradle module metadata (format 1.1) of a Java library with one jar: its API and runtime variants, each naming the
 * jar with its size and hashes, as Gradle publishes beside the POM.
 */
final class GradleModule {
    private static final ObjectWriter JSON = SharedJson.MAPPER.writerWithDefaultPrettyPrinter();

    private GradleModule() {
    }

    static byte[] json(String group, String module, String version, String jarName, byte[] jar) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", jarName);
        file.put("url", jarName);
        file.put("size", jar.length);
        file.put("sha512", Digests.hex("SHA-512", jar));
        file.put("sha256", Digests.hex("SHA-256", jar));
        file.put("sha1", Digests.hex("SHA-1", jar));
        file.put("md5", Digests.hex("MD5", jar));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("formatVersion", "1.1");
        // Insertion-ordered maps throughout, so the file is the same byte for byte on every run (Map.of is not).
        Map<String, Object> component = new LinkedHashMap<>();
        component.put("group", group);
        component.put("module", module);
        component.put("version", version);
        component.put("attributes", Map.of("org.gradle.status", "release"));
        document.put("component", component);
        document.put("createdBy", Map.of("gradle", Map.of("version", "8.10")));
        document.put("variants", List.of(variant("apiElements", "java-api", file), variant("runtimeElements", "java-runtime", file)));
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Gradle module metadata could not be written", e);
        }
    }

    private static Map<String, Object> variant(String name, String usage, Map<String, Object> file) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("org.gradle.category", "library");
        attributes.put("org.gradle.dependency.bundling", "external");
        attributes.put("org.gradle.libraryelements", "jar");
        attributes.put("org.gradle.usage", usage);
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("name", name);
        variant.put("attributes", attributes);
        variant.put("files", List.of(file));
        return variant;
    }
}
