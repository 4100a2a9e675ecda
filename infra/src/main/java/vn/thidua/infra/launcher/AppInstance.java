package vn.thidua.infra.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One running instance of an application: the first keeps the application's own name
 * ({@code reporting-service}), further ones are numbered ({@code reporting-service-2}), which also names
 * their log files and their rows in {@code ./thidua status}.
 *
 * @param number 1 for the first instance
 */
public record AppInstance(App app, int number) {

    public AppInstance {
        if (number < 1) {
            throw new IllegalArgumentException("Instances are numbered from 1, got " + number);
        }
    }

    public String name() {
        return number == 1 ? app.processName() : app.processName() + "-" + number;
    }

    /** The portal once, and each service {@code replicas} times, in start order. */
    public static List<AppInstance> all(int replicas) {
        List<AppInstance> instances = new ArrayList<>();
        for (App app : App.values()) {
            int count = App.SERVICES.contains(app) ? replicas : 1;
            for (int number = 1; number <= count; number++) {
                instances.add(new AppInstance(app, number));
            }
        }
        return List.copyOf(instances);
    }

    /** The instances of one service, first to last. */
    public static List<AppInstance> of(App app, int replicas) {
        return all(replicas).stream().filter(instance -> instance.app() == app).toList();
    }

    /** Reads a process name back: {@code award-service-3} is instance 3 of award-service. */
    public static Optional<AppInstance> byName(String name) {
        Optional<App> whole = App.byName(name);
        if (whole.isPresent()) {
            return whole.map(app -> new AppInstance(app, 1));
        }
        int dash = name.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(name.substring(dash + 1));
            return App.byName(name.substring(0, dash)).filter(App.SERVICES::contains)
                    .filter(app -> number >= 2).map(app -> new AppInstance(app, number));
        } catch (NumberFormatException notNumbered) {
            return Optional.empty();
        }
    }
}
