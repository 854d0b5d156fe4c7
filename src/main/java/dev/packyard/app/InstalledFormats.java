package dev.packyard.app;

import dev.packyard.formats.Formats;
import dev.packyard.formats.cargo.CargoFormat;
import dev.packyard.formats.maven.MavenFormat;
import dev.packyard.formats.npm.NpmFormat;
import dev.packyard.formats.nuget.NugetFormat;
import dev.packyard.formats.pypi.PypiFormat;
import dev.packyard.formats.ruby.RubyFormat;
import java.util.List;

/** The format plug-ins this Packyard is built with. Adding a format is one more entry here. */
public final class InstalledFormats {
    private InstalledFormats() {
    }

    public static Formats formats() {
        return new Formats(List.of(new NpmFormat(), new PypiFormat(), new MavenFormat(),
                new CargoFormat(), new NugetFormat(), new RubyFormat()));
    }
}
