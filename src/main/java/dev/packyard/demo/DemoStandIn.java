package dev.packyard.demo;

import dev.packyard.demo.common.FormatRegistry;
import java.time.Clock;
import java.util.function.Function;

/** A format plug-in's stand-in for its public registry in the offline demo. */
public interface DemoStandIn {
    /** The first path segment the stand-in answers under, e.g. {@code npm} for {@code http://127.0.0.1:PORT/npm/}. */
    String pathPrefix();

    /** How the registry is named in the demo's own answers, e.g. "PyPI". */
    String displayName();

    /** How the console names the registry at the start of a sentence, e.g. "The npm registry". */
    String title();

    /** A fresh catalogue; {@code clock} stamps versions published while the demo runs. */
    FormatRegistry create(Clock clock);

    static DemoStandIn of(String pathPrefix, String displayName, String title, Function<Clock, FormatRegistry> catalogue) {
        return new DemoStandIn() {
            @Override
            public String pathPrefix() {
                return pathPrefix;
            }

            @Override
            public String displayName() {
                return displayName;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public FormatRegistry create(Clock clock) {
                return catalogue.apply(clock);
            }
        };
    }
}
