package dev.packyard.formats.npm.upstream;

/** The two packument shapes an npm registry serves, chosen with the Accept header. */
public enum PackumentForm {
    /** Everything, including per-version publish times. */
    FULL("application/json"),
    /** Only what installers need ("corgi"); often many times smaller. */
    ABBREVIATED("application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*");

    private final String accept;

    PackumentForm(String accept) {
        this.accept = accept;
    }

    public String accept() {
        return accept;
    }
}
