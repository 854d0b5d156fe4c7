package dev.packyard.app;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return new String[] {"Packyard " + (version == null ? "(development build)" : version)};
    }
}
