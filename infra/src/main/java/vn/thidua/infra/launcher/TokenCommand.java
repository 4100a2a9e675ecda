package vn.thidua.infra.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.thidua.infra.support.Args;
import vn.thidua.infra.tools.DevTokens;

/**
 * {@code ./thidua token <demo-user> [--password P]} and {@code ./thidua token --client <client>}:
 * prints only the access token on stdout, so {@code TOKEN=$(./thidua token office)} works; every
 * other word goes to stderr.
 */
final class TokenCommand {

    /** The demo users' dev passwords are {@code <username>-demo} (the provider's demo-users.json). */
    static final String DEMO_PASSWORD_SUFFIX = "-demo";

    private final Path runDir;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    TokenCommand(Path runDir, Map<String, String> environment, PrintStream out, PrintStream err) {
        this.runDir = runDir;
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int run(Args args) {
        Optional<String> client = args.option("client");
        boolean valid = client.isPresent() ? args.positional().isEmpty() : args.positional().size() == 1;
        if (!valid) {
            err.println("Cách dùng / Usage: ./thidua token <demo-user> [--password P] | ./thidua token --client <client> [--secret S] [--scope \"a b\"]");
            return 2;
        }
        Optional<URI> issuer = args.option("issuer").map(URI::create).or(this::runningProvider);
        if (issuer.isEmpty()) {
            return 1;
        }
        DevTokens tokens = new DevTokens(issuer.get());
        try {
            String token;
            if (client.isPresent()) {
                String secret = args.option("secret")
                        .or(() -> Optional.ofNullable(environment.get(secretVariable(client.get()))).filter(s -> !s.isBlank()))
                        .orElse(client.get() + "-dev-secret");
                token = tokens.clientToken(client.get(), secret, args.option("scope").orElse(null));
            } else {
                String username = args.positional().getFirst();
                token = tokens.userToken(username, args.option("password").orElse(username + DEMO_PASSWORD_SUFFIX));
            }
            out.println(token);
            out.flush();
            return 0;
        } catch (DevTokens.TokenException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** {@code campaign-service} → {@code THIDUA_CAMPAIGN_SERVICE_CLIENT_SECRET}, as the provider reads it. */
    static String secretVariable(String clientId) {
        return "THIDUA_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    /** The dev provider of the running platform, from its run state. */
    private Optional<URI> runningProvider() {
        if (RunDirectory.runningLauncher(runDir).isEmpty()) {
            err.println("Thi Đua không chạy: hãy chạy ./thidua up trước (hoặc chỉ định --issuer URL). / "
                    + "Thi Đua is not running: run ./thidua up first (or give --issuer URL).");
            return Optional.empty();
        }
        Optional<RunState.Entry> identity = RunDirectory.readState(runDir)
                .flatMap(state -> state.processes().stream().filter(entry -> entry.name().equals(ChildSpecs.IDENTITY)).findFirst());
        if (identity.isEmpty()) {
            err.println("Lần chạy này không có máy chủ định danh phát triển (THIDUA_OIDC_ISSUER_URI trỏ tới máy chủ thật?); "
                    + "dùng --issuer URL. / This run has no dev identity provider (THIDUA_OIDC_ISSUER_URI points at a real one?); "
                    + "give --issuer URL.");
            return Optional.empty();
        }
        return Optional.of(URI.create("http://localhost:" + identity.get().port()));
    }
}
