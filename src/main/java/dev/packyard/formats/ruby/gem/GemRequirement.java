package dev.packyard.formats.ruby.gem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Gem::Requirement: constraints such as {@code >= 1.0} and {@code < 2}, all of which must hold. */
public record GemRequirement(List<Constraint> constraints) {
    public static final GemRequirement ANY = new GemRequirement(List.of(new Constraint(">=", "0")));
    private static final Pattern CONSTRAINT = Pattern.compile("\\s*(=|!=|>=|<=|>|<|~>)?\\s*([0-9][0-9A-Za-z.\\-]*)\\s*");

    public GemRequirement {
        constraints = constraints.isEmpty() ? ANY.constraints() : List.copyOf(constraints);
    }

    /** One operator and version; RubyGems writes {@code = 1.0} when no operator was given. */
    public record Constraint(String operator, String version) {
        @Override
        public String toString() {
            return operator + " " + version;
        }
    }

    /** Reads constraints joined by {@code sep} (the compact index uses '&', the dependency API ','). */
    public static GemRequirement parse(String text, String sep) {
        if (text == null || text.isBlank()) {
            return ANY;
        }
        return new GemRequirement(java.util.Arrays.stream(text.split(Pattern.quote(sep))).map(GemRequirement::constraint).toList());
    }

    private static Constraint constraint(String text) {
        Matcher m = CONSTRAINT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a RubyGems version constraint");
        }
        return new Constraint(m.group(1) == null ? "=" : m.group(1), m.group(2));
    }

    /** The constraints joined as the given separator says, e.g. {@code >= 1.0&< 2}. */
    public String written(String sep) {
        return String.join(sep, constraints.stream().map(Constraint::toString).toList());
    }

    public boolean isAny() {
        return constraints.equals(ANY.constraints());
    }
}
