package dev.packyard.app;

import dev.packyard.model.ExternalConnection;
import dev.packyard.upstream.timing.TimingProfile;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters that check serve's option values while the command line is parsed, so mistakes exit with code 2. */
final class ServeOptions {
    private ServeOptions() {
    }

    /** One {@code --upstream NAME=URL}: an external connection name and the http(s) URL to use for it. */
    record UpstreamOverride(ExternalConnection connection, URI url) {
        Map.Entry<ExternalConnection, URI> entry() {
            return Map.entry(connection, url);
        }
    }

    static final class UpstreamConverter implements ITypeConverter<UpstreamOverride> {
        @Override
        public UpstreamOverride convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new TypeConversionException("'" + value + "' is not NAME=URL (for example public:pypi=http://127.0.0.1:3141/simple/)");
            }
            String name = value.substring(0, eq);
            String url = value.substring(eq + 1);
            ExternalConnection connection = ExternalConnection.byName(name).orElseThrow(() -> new TypeConversionException(
                    "unknown external connection '" + name + "'; use one of " + String.join(", ", ExternalConnection.names())));
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new TypeConversionException("'" + url + "' is not a URL: " + e.getReason());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new TypeConversionException("'" + url + "' must be an http:// or https:// URL with a host");
            }
            return new UpstreamOverride(connection, uri);
        }
    }

    static final class TimingConverter implements ITypeConverter<TimingProfile> {
        @Override
        public TimingProfile convert(String value) {
            try {
                return TimingProfile.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a timing profile; use codeartifact or immediate");
            }
        }
    }

    static final class TimeScaleConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double scale;
            try {
                scale = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number");
            }
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new TypeConversionException("'" + value + "' must be a number greater than 0 (60 makes 3 minutes take 3 seconds)");
            }
            return scale;
        }
    }

    static final class PortConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw new TypeConversionException("'" + value + "' is not a port; use 1-65535, or 0 to pick a free port");
        }
    }

    /** A size in bytes, or with a K, M or G suffix (powers of 1024), such as 512M. */
    static final class SizeConverter implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([KMG]?)(i?B)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            java.util.regex.Matcher m = SIZE.matcher(value.trim());
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size; use bytes or a number with K, M or G "
                        + "(for example 512M or 2G)");
            }
            long number = Long.parseLong(m.group(1));
            long bytes = switch (m.group(2).toUpperCase(Locale.ROOT)) {
                case "K" -> number * 1024;
                case "M" -> number * 1024 * 1024;
                case "G" -> number * 1024 * 1024 * 1024;
                default -> number;
            };
            if (bytes <= 0 || bytes / 1024 / 1024 / 1024 > 1024) {
                throw new TypeConversionException("'" + value + "' must be more than 0 and at most 1024G");
            }
            return bytes;
        }
    }

    static final class RegionConverter implements ITypeConverter<String> {
        private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");

        @Override
        public String convert(String value) {
            if (!REGION.matcher(value).matches()) {
                throw new TypeConversionException("'" + value + "' is not an AWS region name (for example us-east-1)");
            }
            return value;
        }
    }
}
