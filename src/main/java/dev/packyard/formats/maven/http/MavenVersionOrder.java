package dev.packyard.formats.maven.http;

import dev.packyard.model.PackageFormat;
import java.util.Comparator;

/** Maven's version order for maven-metadata.xml: the format's one order ({@link PackageFormat#versionOrder()}). */
final class MavenVersionOrder implements Comparator<String> {
    static final MavenVersionOrder INSTANCE = new MavenVersionOrder();

    @Override
    public int compare(String a, String b) {
        return PackageFormat.MAVEN.versionOrder().compare(a, b);
    }
}
