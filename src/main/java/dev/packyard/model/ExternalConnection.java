package dev.packyard.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The catalogue of public registries a repository can connect to. */
public enum ExternalConnection {
    NPMJS("public:npmjs", PackageFormat.NPM, "npm public registry", "npm-store"),
    PYPI("public:pypi", PackageFormat.PYPI, "Python Package Index", "pypi-store"),
    MAVEN_CENTRAL("public:maven-central", PackageFormat.MAVEN, "Maven Central", "maven-central-store"),
    MAVEN_GOOGLE_ANDROID("public:maven-googleandroid", PackageFormat.MAVEN, "Google Android repository", "google-android-store"),
    MAVEN_GRADLE_PLUGINS("public:maven-gradleplugins", PackageFormat.MAVEN, "Gradle plugins repository", "gradle-plugins-store"),
    MAVEN_COMMONSWARE("public:maven-commonsware", PackageFormat.MAVEN, "CommonsWare Android repository", "commonsware-store"),
    MAVEN_CLOJARS("public:maven-clojars", PackageFormat.MAVEN, "Clojars", "clojars-store"),
    NUGET_ORG("public:nuget-org", PackageFormat.NUGET, "NuGet Gallery", "nuget-store"),
    RUBY_GEMS_ORG("public:ruby-gems-org", PackageFormat.RUBY, "RubyGems.org", "gems-store"),
    CRATES_IO("public:crates-io", PackageFormat.CARGO, "Crates.io", "cargo-store");

    private final String connectionName;
    private final PackageFormat format;
    private final String registryTitle;
    private final String suggestedStoreRepository;

    ExternalConnection(String connectionName, PackageFormat format, String registryTitle, String suggestedStoreRepository) {
        this.connectionName = connectionName;
        this.format = format;
        this.registryTitle = registryTitle;
        this.suggestedStoreRepository = suggestedStoreRepository;
    }

    public String connectionName() {
        return connectionName;
    }

    public PackageFormat format() {
        return format;
    }

    public String registryTitle() {
        return registryTitle;
    }

    /** The name the CodeArtifact console gives the repository that holds this connection. */
    public String suggestedStoreRepository() {
        return suggestedStoreRepository;
    }

    public static Optional<ExternalConnection> byName(String name) {
        return Arrays.stream(values()).filter(c -> c.connectionName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExternalConnection::connectionName).toList();
    }
}
