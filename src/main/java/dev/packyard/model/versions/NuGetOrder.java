package dev.packyard.model.versions;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NuGet's order: SemVer 2 with NuGet's normalisation. Up to four numbers, missing ones zero ({@code 1.0 == 1.0.0
 * == 1.0.0.0}), leading zeros dropped; a pre-release before its release; pre-release labels compared without regard
 * to case ({@code 1.0.0-Beta == 1.0.0-beta}), numeric labels by value and before text ones; build metadata ignored.
 *
 * <p>Hand-written: NuGet's own implementation is .NET, and SemVer libraries know neither the fourth number nor the
 * case rule. The order is the sort key's order. Versions NuGet cannot read sort before the ones it can.
 */
public final class NuGetOrder extends KeyedOrder {
    public static final NuGetOrder INSTANCE = new NuGetOrder();

    private static final String LABELS = "[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*";
    private static final Pattern VERSION = Pattern.compile(
            "(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-(" + LABELS + "))?(?:\\+" + LABELS + ")?");

    private NuGetOrder() {
    }

    @Override
    boolean appendKey(StringBuilder key, String version) {
        Matcher m = VERSION.matcher(version.trim());
        if (!m.matches()) {
            return false;
        }
        for (int part = 1; part <= 4; part++) {
            SortKeys.number(key, m.group(part) == null ? "0" : m.group(part));
        }
        String labels = m.group(5);
        if (labels == null) {
            key.append('~');
        } else {
            key.append('-');
            SemVerIdentifiers.key(key, List.of(labels.toLowerCase(Locale.ROOT).split("\\.")));
        }
        return true;
    }
}
