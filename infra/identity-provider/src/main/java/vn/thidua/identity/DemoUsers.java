package vn.thidua.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The demo users of {@code demo-users.json}: who they are, for sign-in and for token claims. */
public final class DemoUsers {

    /**
     * One demo user.
     *
     * @param password the encoded password ({@code {bcrypt}...})
     * @param roles ADMIN, OFFICE, UNIT, COUNCIL, LEADER or VIEWER
     * @param agency the agency code in the directory (e.g. SNNMT)
     * @param unit the unit code in the directory (e.g. SNNMT-VP)
     */
    public record DemoUser(String username, String password, String name, String title, List<String> roles,
            String agency, String unit) {

        UserDetails toUserDetails() {
            return User.withUsername(username)
                    .password(password)
                    .roles(roles.toArray(String[]::new))
                    .build();
        }
    }

    private record File(List<DemoUser> users) {
    }

    private final Map<String, DemoUser> byUsername;

    private DemoUsers(List<DemoUser> users) {
        this.byUsername = users.stream().collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
    }

    public static DemoUsers load(Resource resource) {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = resource.getInputStream()) {
            return new DemoUsers(json.readValue(in, File.class).users());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo users from " + resource, e);
        }
    }

    public Optional<DemoUser> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    public List<UserDetails> userDetails() {
        return byUsername.values().stream().map(DemoUser::toUserDetails).toList();
    }
}
