package vn.thidua.infra.backup;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Thi Đua version this build is, from the file Maven writes at build time. */
public final class PlatformVersion {

    private PlatformVersion() {
    }

    public static String current() {
        try (InputStream in = PlatformVersion.class.getResourceAsStream("/thidua-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
