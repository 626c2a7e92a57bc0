package app.tandem.base.ui;

import app.tandem.security.TandemUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The frame around every page after login: a side navigation grouped by module (only the entries the
 * user may open), and a header with the user's name and roles, a light/dark switch and logout.
 */
@Layout
@PermitAll
@AccessDeniedErrorRouter
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authenticationContext;
    private final UserPreferences preferences;
    private final Span viewTitle = new Span();
    private final Button colorSchemeToggle = new Button();

    private final List<HeaderContributor> headerContributors;

    MainLayout(Navigation navigation, AuthenticationContext authenticationContext, UserPreferences preferences,
            List<HeaderContributor> headerContributors) {
        this.authenticationContext = authenticationContext;
        this.headerContributors = headerContributors.stream()
                .sorted(Comparator.comparingInt(HeaderContributor::order)).toList();
        this.preferences = preferences;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        viewTitle.setId("view-title");
        addToNavbar(toggle, viewTitle, header());

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        SideNav nav = sideNav(navigation);
        Div drawer = new Div(brand, nav);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    private SideNav sideNav(Navigation navigation) {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.my-work"), "my-work", VaadinIcon.INBOX.create()));
        for (Map.Entry<Module, List<NavigationEntry>> module : navigation.accessibleByModule().entrySet()) {
            SideNavItem group = new SideNavItem(getTranslation(module.getKey().titleKey()));
            group.setExpanded(true);
            group.addClassName("nav-module");
            for (NavigationEntry entry : module.getValue()) {
                group.addItem(new SideNavItem(getTranslation(entry.titleKey()),
                        RouteConfiguration.forSessionScope().getUrl(entry.view()), entry.icon().create()));
            }
            nav.addItem(group);
        }
        return nav;
    }

    private Component header() {
        TandemUser user = authenticationContext.getAuthenticatedUser(TandemUser.class).orElseThrow();
        String roles = user.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));

        colorSchemeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        colorSchemeToggle.setId("color-scheme-toggle");
        colorSchemeToggle.addClickListener(e -> {
            boolean dark = !preferences.darkMode();
            preferences.setDarkMode(dark);
            applyColorScheme(dark);
        });

        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span roleText = new Span(roles);
        roleText.addClassName("user-roles");
        roleText.setId("user-roles");
        Div who = new Div(name, roleText);
        who.addClassName("user-who");

        MenuBar userMenu = new MenuBar();
        userMenu.setId("user-menu");
        userMenu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        MenuItem item = userMenu.addItem(new HorizontalLayout(avatar, who));
        item.setAriaLabel(getTranslation("header.user-menu", user.displayName()));
        // on a phone the header has no room for name and roles: the menu shows them
        MenuItem identity = item.getSubMenu().addItem(user.displayName() + " · " + roles);
        identity.setEnabled(false);
        identity.addClassName("menu-identity");
        item.getSubMenu().addItem(getTranslation("nav.my-account"), e -> UI.getCurrent().navigate("account"))
                .setId("menu-my-account");
        item.getSubMenu().addItem(getTranslation("nav.logout"), e -> authenticationContext.logout())
                .setId("menu-logout");

        HorizontalLayout header = new HorizontalLayout();
        headerContributors.forEach(contributor -> header.add(contributor.create()));
        header.add(colorSchemeToggle, userMenu);
        header.addClassName("header-actions");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        return header;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        applyColorScheme(preferences.darkMode());
    }

    private void applyColorScheme(boolean dark) {
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
        colorSchemeToggle.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        colorSchemeToggle.setAriaLabel(getTranslation(dark ? "header.light-mode" : "header.dark-mode"));
        colorSchemeToggle.setTooltipText(getTranslation(dark ? "header.light-mode" : "header.dark-mode"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        String title = "";
        if (content instanceof HasDynamicTitle dynamic) {
            title = dynamic.getPageTitle();
            int bar = title.lastIndexOf(" | ");
            title = bar > 0 ? title.substring(0, bar) : title;
        } else if (content != null && content.getClass().isAnnotationPresent(PageTitle.class)) {
            title = content.getClass().getAnnotation(PageTitle.class).value();
        }
        viewTitle.setText(title);
    }
}
