package vn.thidua.infra.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The small command-line grammar shared by the launcher and the stand-ins: {@code --name value}
 * options, {@code --flag} switches and plain positional words, in any order.
 */
public final class Args {

    private final Map<String, String> options;
    private final Set<String> flags;
    private final List<String> positional;

    private Args(Map<String, String> options, Set<String> flags, List<String> positional) {
        this.options = options;
        this.flags = flags;
        this.positional = positional;
    }

    /**
     * Parses {@code args}; {@code flagNames} are the options that take no value.
     * {@code --name=value} is accepted as well as {@code --name value}.
     */
    public static Args parse(String[] args, Set<String> flagNames) {
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (flagNames.contains(name)) {
                flags.add(name);
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("Tùy chọn --" + name + " cần một giá trị / Option --" + name + " needs a value");
            }
        }
        return new Args(options, flags, positional);
    }

    public static Args parse(String[] args) {
        return parse(args, Set.of());
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    public String required(String name) {
        return option(name).orElseThrow(() -> new IllegalArgumentException("Missing option --" + name));
    }

    public int intOption(String name, int defaultValue) {
        String value = options.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Tùy chọn --" + name + " phải là số nguyên / Option --" + name + " must be a whole number, got '" + value + "'");
        }
    }

    public int requiredInt(String name) {
        required(name);
        return intOption(name, 0);
    }

    public Path requiredPath(String name) {
        return Path.of(required(name)).toAbsolutePath().normalize();
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** Names of the options given that are not in {@code known}: lets callers reject typos. */
    public Set<String> unknownOptions(Set<String> known) {
        Set<String> unknown = new HashSet<>(options.keySet());
        unknown.addAll(flags);
        unknown.removeAll(known);
        return unknown;
    }
}
