package app.tandem.base.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The navigation entries of all features, filtered to what the logged-in user may open. */
@Component
public class Navigation {

    private final List<NavigationContributor> contributors;
    private final AccessAnnotationChecker accessChecker = new AccessAnnotationChecker();

    Navigation(List<NavigationContributor> contributors) {
        this.contributors = contributors;
    }

    public List<NavigationEntry> accessibleEntries() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        Set<String> authorities = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Principal principal = auth;
        return contributors.stream()
                .flatMap(c -> c.entries().stream())
                .filter(e -> accessChecker.hasAccess(e.view(), principal,
                        role -> authorities.contains("ROLE_" + role)))
                .sorted(Comparator.comparing(NavigationEntry::module).thenComparingInt(NavigationEntry::order))
                .toList();
    }

    public Map<Module, List<NavigationEntry>> accessibleByModule() {
        return accessibleEntries().stream().collect(Collectors.groupingBy(NavigationEntry::module,
                LinkedHashMap::new, Collectors.toList()));
    }

    public static String urlOf(NavigationEntry entry) {
        return RouteConfiguration.forSessionScope().getUrl(entry.view());
    }
}
