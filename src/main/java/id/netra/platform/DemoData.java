package id.netra.platform;

/**
 * Whether this installation is a demonstration or training one ({@code netra.demo-data}): when the setting is empty,
 * on with the embedded database and off with an external one.
 */
public final class DemoData {

    private DemoData() {
    }

    public static boolean enabled(String demoData, String datasourceUrl) {
        if (demoData == null || demoData.isBlank()) {
            return datasourceUrl == null || datasourceUrl.isBlank();
        }
        return Boolean.parseBoolean(demoData.trim());
    }
}
