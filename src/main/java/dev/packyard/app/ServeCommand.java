package dev.packyard.app;

import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.timing.TimingProfile;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs Packyard without a window, serving the CodeArtifact-compatible API under /v1/.",
                "Prints 'Packyard listening on http://HOST:PORT' when ready.",
                "Stops cleanly on SIGTERM or Ctrl+C."})
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8642;
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    /** Javalin logs a failed start itself; serve reports it as its own one-line error instead. */
    private static final String JAVALIN_LOG_LEVEL = "org.slf4j.simpleLogger.log.io.javalin.Javalin";

    @Spec
    CommandSpec spec;

    @ParentCommand
    PackyardCommand parent;

    @Option(names = "--port", paramLabel = "N", converter = ServeOptions.PortConverter.class,
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}); 0 picks a free port and prints it.",
            defaultValue = "" + DEFAULT_PORT)
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where Packyard keeps its database and package files (default: the per-user data directory). "
                    + "One Packyard process at a time can use a data directory.")
    Path dataDir;

    @Option(names = "--upstream", paramLabel = "NAME=URL", converter = ServeOptions.UpstreamConverter.class,
            description = {"Use URL (http or https) for the external connection NAME, one of the ten public:… names. "
                    + "Repeat for several connections. Example:", "public:pypi=http://127.0.0.1:3141/simple/"})
    List<ServeOptions.UpstreamOverride> upstreams = new ArrayList<>();

    @Option(names = "--timing", paramLabel = "PROFILE", converter = ServeOptions.TimingConverter.class,
            defaultValue = "codeartifact",
            description = "codeartifact (default): CodeArtifact's delays (about 3 minutes to persist fetched versions, "
                    + "metadata lifetimes of 10 minutes / 3 hours); immediate: no artificial delays.")
    TimingProfile timing;

    @Option(names = "--time-scale", paramLabel = "X", converter = ServeOptions.TimeScaleConverter.class,
            description = "Speed every timing up by X (default: 1, or 60 with --demo; 60 makes 3 minutes take 3 seconds).")
    Double timeScale;

    @Option(names = "--demo", description = "Point every external connection at the built-in offline demo registry.")
    boolean demo;

    @Option(names = "--max-upload-size", paramLabel = "SIZE", converter = ServeOptions.SizeConverter.class,
            defaultValue = "512M",
            description = "Largest package file a client may upload (npm publish, twine, Maven deploy, "
                    + "publish-package-version), in bytes or with K, M or G (default: ${DEFAULT-VALUE}); larger uploads "
                    + "get 413 and nothing is stored.")
    long maxUploadBytes;

    @Option(names = "--allow-host", paramLabel = "NAME[:PORT]",
            description = {"Also accept requests whose Host header is NAME (at the listening port) or exactly NAME:PORT "
                    + "(a reverse proxy in front). Repeat for several names. Without it only this machine's "
                    + "names are accepted: localhost, 127.0.0.1, ::1, the --bind address and, with --bind 0.0.0.0, its "
                    + "interface addresses and host name."})
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--region", paramLabel = "REGION", converter = ServeOptions.RegionConverter.class,
            defaultValue = "us-east-1", description = "AWS region named in ARNs (default: ${DEFAULT-VALUE}).")
    String region;

    @picocli.CommandLine.Mixin
    StorageOptions storageOptions = new StorageOptions();

    @Override
    public Integer call() throws InterruptedException {
        if (System.getProperty(LOG_LEVEL) == null) {
            System.setProperty(LOG_LEVEL, "warn");
        }
        if (System.getProperty(JAVALIN_LOG_LEVEL) == null) {
            System.setProperty(JAVALIN_LOG_LEVEL, "off");
        }
        LinkedHashMap<ExternalConnection, URI> endpoints = new LinkedHashMap<>();
        for (ServeOptions.UpstreamOverride u : upstreams) {
            if (endpoints.put(u.connection(), u.url()) != null) {
                throw new ParameterException(spec.commandLine(), "--upstream names " + u.connection().connectionName()
                        + " more than once: give one URL per external connection");
            }
        }
        dev.packyard.store.settings.StorageSettings storage;
        try {
            storage = storageOptions.settings(System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path dir = dataDir != null ? dataDir
                : parent != null && parent.dataDir != null ? parent.dataDir : DefaultDataDirectory.forThisMachine();
        PackyardRuntime runtime = PackyardRuntime.start(new PackyardRuntime.Options(dir, region, timing, timeScale, endpoints,
                demo || (parent != null && parent.demo), bind, port, false, allowedHosts, maxUploadBytes, storage), Clock.systemUTC());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runtime.close();
            } finally {
                stopped.countDown();
            }
        }, "packyard-shutdown"));
        spec.commandLine().getOut().println("Packyard listening on " + runtime.url(bind));
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
