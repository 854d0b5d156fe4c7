package dev.packyard.ui.testing;

import dev.packyard.ui.common.NavTarget;
import dev.packyard.ui.common.Navigator;
import java.util.ArrayList;
import java.util.List;

/** Records where a screen sent the console, for tests of one screen's ViewModel. */
public final class RecordingNavigator implements Navigator {
    private final List<NavTarget> shown = new ArrayList<>();
    private int catalogChanges;

    @Override
    public void show(NavTarget target) {
        shown.add(target);
    }

    @Override
    public void catalogChanged() {
        catalogChanges++;
    }

    public List<NavTarget> shown() {
        return shown;
    }

    public NavTarget last() {
        return shown.get(shown.size() - 1);
    }

    public int catalogChanges() {
        return catalogChanges;
    }
}
