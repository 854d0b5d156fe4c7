package dev.packyard.formats.maven.upstream;

import dev.packyard.upstream.discovery.DiscoveryEnvironment;
import dev.packyard.upstream.discovery.DiscoverySource;
import dev.packyard.upstream.discovery.Found;
import dev.packyard.upstream.discovery.Urls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Maven's central repository as the user's Maven sees it: a mirror of central in ~/.m2/settings.xml (or in the
 * installation's conf/settings.xml), otherwise the central repository Maven itself declares in its super POM.
 */
public final class MavenRepositoryDiscovery implements DiscoverySource {
    private static final String LOOKED_AT = "no mirror of central in ~/.m2/settings.xml and no Maven installation found "
            + "($MAVEN_HOME, $M2_HOME or `mvn -v`)";
    private static final String SUPER_POM = "org/apache/maven/model/pom-4.0.0.xml";

    @Override
    public String lookedAt() {
        return LOOKED_AT;
    }

    /** The user's mirror of central, then the installation's, then the central repository Maven is built with. */
    @Override
    public List<Supplier<Optional<Found>>> sources(DiscoveryEnvironment env) {
        Supplier<Optional<Path>> mavenHome = memoized(() -> mavenHome(env));
        return List.of(
                () -> mirrorOfCentral(env.home().resolve(".m2").resolve("settings.xml"), env),
                () -> mavenHome.get().flatMap(home -> mirrorOfCentral(home.resolve("conf").resolve("settings.xml"), env)),
                () -> mavenHome.get().flatMap(MavenRepositoryDiscovery::superPomCentral));
    }

    // `mvn -v` takes seconds: both later sources share one answer.
    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        Object[] cell = new Object[1];
        return () -> {
            if (cell[0] == null) {
                cell[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T value = (T) cell[0];
            return value;
        };
    }

    private static Optional<Path> mavenHome(DiscoveryEnvironment env) {
        for (String name : List.of("MAVEN_HOME", "M2_HOME")) {
            Optional<Path> home = env.variable(name).map(Path::of).filter(Files::isDirectory);
            if (home.isPresent()) {
                return home;
            }
        }
        return env.commands().run(List.of("mvn", "-v"), env.commandTimeout())
                .flatMap(out -> out.lines().filter(l -> l.startsWith("Maven home:")).findFirst())
                .map(l -> Path.of(l.substring("Maven home:".length()).trim()))
                .filter(Files::isDirectory);
    }

    private static Optional<Found> mirrorOfCentral(Path settings, DiscoveryEnvironment env) {
        if (!Files.isRegularFile(settings)) {
            return Optional.empty();
        }
        Document xml;
        try (InputStream in = Files.newInputStream(settings)) {
            xml = SafeXml.parse(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Element mirror : SafeXml.children(SafeXml.child(xml.getDocumentElement(), "mirrors"), "mirror")) {
            String mirrorOf = SafeXml.childText(mirror, "mirrorOf");
            Optional<String> url = Urls.http(SafeXml.childText(mirror, "url"));
            if (mirrorOf != null && url.isPresent() && mirrors(mirrorOf)) {
                String id = Optional.ofNullable(SafeXml.childText(mirror, "id")).orElse("(no id)");
                return Optional.of(new Found(url.get(), "from the mirror '" + id + "' in " + env.display(settings)));
            }
        }
        return Optional.empty();
    }

    /** Maven's mirrorOf syntax as it applies to the repository with id "central". */
    static boolean mirrors(String mirrorOf) {
        boolean matched = false;
        for (String token : mirrorOf.split(",")) {
            String t = token.trim();
            if (t.equals("!central")) {
                return false;
            }
            if (t.equals("*") || t.equals("central") || t.equals("external:*")) {
                matched = true;
            }
        }
        return matched;
    }

    private static Optional<Found> superPomCentral(Path mavenHome) {
        Path lib = mavenHome.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "maven-model-builder-*.jar")) {
            for (Path jar : jars) {
                Optional<String> url = centralIn(jar);
                if (url.isPresent()) {
                    return Optional.of(new Found(url.get(), "from Maven's built-in central repository (super POM in " + jar + ")"));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<String> centralIn(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(SUPER_POM);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Element project = SafeXml.parse(in).getDocumentElement();
                for (Element repository : SafeXml.children(SafeXml.child(project, "repositories"), "repository")) {
                    if ("central".equals(SafeXml.childText(repository, "id"))) {
                        return Urls.http(SafeXml.childText(repository, "url"));
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
