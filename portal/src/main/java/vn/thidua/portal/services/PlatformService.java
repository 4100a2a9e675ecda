package vn.thidua.portal.services;

import java.util.Arrays;
import java.util.Optional;

/** The platform's four services, by the short name the gateway routes them under ({@code /api/<name>/**}). */
public enum PlatformService {
    CAMPAIGN("campaign", "campaign-service"),
    REPORTING("reporting", "reporting-service"),
    AWARD("award", "award-service"),
    NOTIFICATION("notification", "notification-service");

    private final String shortName;
    private final String applicationName;

    PlatformService(String shortName, String applicationName) {
        this.shortName = shortName;
        this.applicationName = applicationName;
    }

    public String shortName() {
        return shortName;
    }

    public String applicationName() {
        return applicationName;
    }

    public static Optional<PlatformService> byShortName(String name) {
        return Arrays.stream(values()).filter(service -> service.shortName.equals(name)).findFirst();
    }
}
