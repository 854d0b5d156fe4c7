package dev.packyard.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** The Material Design icons the console uses, by meaning. */
public final class Icons {
    public static final String DOMAIN = "mdi2d-domain";
    public static final String REPOSITORY = "mdi2d-database";
    public static final String PACKAGE = "mdi2p-package-variant-closed";
    public static final String SETTINGS = "mdi2c-cog-outline";
    public static final String REFRESH = "mdi2r-refresh";
    public static final String MORE = "mdi2d-dots-horizontal";
    public static final String ADD = "mdi2p-plus";
    public static final String DELETE = "mdi2d-delete-outline";
    public static final String DARK = "mdi2w-weather-night";
    public static final String UP = "mdi2a-arrow-up";
    public static final String DOWN = "mdi2a-arrow-down";
    public static final String CONNECT = "mdi2l-link-variant";
    public static final String DISCONNECT = "mdi2l-link-variant-off";
    public static final String UPSTREAM = "mdi2s-source-branch";
    public static final String TASKS = "mdi2t-tray-full";
    public static final String SERVER = "mdi2s-server-network";
    public static final String HEALTH = "mdi2h-heart-pulse";
    public static final String SEARCH = "mdi2m-magnify";
    public static final String TERMINAL = "mdi2c-console";
    public static final String DEMO = "mdi2r-rocket-launch-outline";
    public static final String PUBLIC = "mdi2e-earth";
    public static final String INFO = "mdi2i-information-outline";
    public static final String CHAIN_NEXT = "mdi2c-chevron-down";
    public static final String DRAG = "mdi2d-drag-vertical";
    public static final String ARCHIVE = "mdi2a-archive-outline";
    public static final String DISPOSE = "mdi2f-fire";
    public static final String IMPORT = "mdi2f-file-import-outline";
    public static final String EXPORT = "mdi2f-file-export-outline";
    public static final String CACHE = "mdi2c-cached";
    public static final String COPY = "mdi2c-content-copy";

    private Icons() {
    }

    public static FontIcon of(String literal) {
        return new FontIcon(literal);
    }

    /** An icon of one of the sizes console.css defines: 20, 28, 32 or 64. */
    public static FontIcon of(String literal, int size) {
        FontIcon icon = new FontIcon(literal);
        // A style class from console.css, because the theme's stylesheet sizes every icon and wins over setIconSize.
        icon.getStyleClass().add("icon-" + size);
        return icon;
    }
}
