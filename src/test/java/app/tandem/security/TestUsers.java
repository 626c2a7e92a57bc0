package app.tandem.security;

import app.tandem.org.domain.AppUser;
import app.tandem.org.domain.UserRepository;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Real users in the test database, so that views and services that load the logged-in user by id see one.
 * A user is created once per database and reused: the name says which roles it has.
 */
public final class TestUsers {

    /** The password of every test user. */
    public static final String PASSWORD = "test-password-1234";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    public TestUsers(ApplicationContext context) {
        this.users = context.getBean(UserRepository.class);
        this.passwordEncoder = context.getBean(PasswordEncoder.class);
    }

    /** The username a user with these roles gets, e.g. {@code test-staff-supervisor}. */
    public static String usernameFor(Set<Role> roles) {
        return "test-" + roles.stream().sorted().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '.'))
                .collect(Collectors.joining("-"));
    }

    public TandemUser ensure(Role... roles) {
        Set<Role> set = EnumSet.copyOf(Arrays.asList(roles));
        return ensure(usernameFor(set), set);
    }

    /** The user with that name, created with these roles when missing. */
    public synchronized TandemUser ensure(String username, Set<Role> roles) {
        AppUser user = users.findByUsername(username).orElseGet(() -> {
            AppUser created = new AppUser(username, displayNameOf(username), passwordEncoder.encode(PASSWORD));
            created.setEmail(username + "@test.example");
            created.setRoles(roles);
            return users.saveAndFlush(created);
        });
        return new TandemUser(user.getId(), user.getUsername(), user.getDisplayName(), null, user.getRoles(),
                user.isActive(), false);
    }

    /** What Spring Security holds after that user logged in with a form. */
    public static Authentication authenticationOf(TandemUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static String displayNameOf(String username) {
        return Arrays.stream(username.split("[-._]"))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining(" "));
    }
}
