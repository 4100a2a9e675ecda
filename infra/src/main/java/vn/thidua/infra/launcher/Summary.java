package vn.thidua.infra.launcher;

import java.util.Optional;

/** What a developer needs once the platform is up: where everything is. */
final class Summary {

    private Summary() {
    }

    static void print(Platform platform, Console console) {
        console.line("");
        console.say("Thi Đua đã sẵn sàng", "Thi Đua is up");
        row(console, "Cổng thông tin / Portal", platform.baseUrl(App.PORTAL.processName()));
        for (App service : App.SERVICES) {
            for (AppInstance instance : AppInstance.of(service, platform.options().replicas())) {
                row(console, instance.name() + " API", platform.baseUrl(instance.name()) + "/swagger-ui.html");
            }
        }
        if (platform.process(ChildSpecs.IDENTITY).isPresent()) {
            row(console, "Đăng nhập (OIDC) / Sign-in", platform.issuerUri() + "  (./thidua token <user>)");
        } else {
            row(console, "Đăng nhập (OIDC) / Sign-in", platform.issuerUri() + "  (có sẵn / external)");
        }
        if (platform.process(ChildSpecs.MAIL).isPresent()) {
            row(console, "Thư đã gửi / Mail sent", platform.mailApiUrl());
        }
        optional(platform, ChildSpecs.KAFKA).ifPresent(port -> row(console, "Kafka", "localhost:" + port));
        optional(platform, ChildSpecs.MONGO).ifPresent(port -> row(console, "MongoDB", "mongodb://localhost:" + port));
        row(console, "Nhật ký / Logs", platform.logsDir() + "  (./thidua logs <name>)");
        row(console, "Dữ liệu / Data", platform.options().dataDir().toString());
        console.line("");
        console.say("Nhấn Ctrl-C để dừng", "Ctrl-C to stop");
    }

    private static Optional<Integer> optional(Platform platform, String name) {
        return platform.process(name).map(ChildProcess::port);
    }

    private static void row(Console console, String label, String value) {
        console.line(String.format("  %-28s %s", label, value));
    }
}
