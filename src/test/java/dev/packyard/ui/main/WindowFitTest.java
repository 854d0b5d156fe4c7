package dev.packyard.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowFitTest {
    @Test
    void aWindowLargerThanASmallScreenIsShrunkToIt() {
        assertThat(WindowFit.within(new double[] {1280, 800}, new Rectangle2D(0, 0, 1024, 700))).containsExactly(1024, 700);
    }

    @Test
    void aWindowThatFitsKeepsItsSize() {
        assertThat(WindowFit.within(new double[] {1100, 650}, new Rectangle2D(0, 0, 1920, 1040))).containsExactly(1100, 650);
    }
}
