package app.tandem.home.ui;

import app.tandem.base.ui.MainLayout;
import app.tandem.base.ui.Module;
import app.tandem.base.ui.Navigation;
import app.tandem.base.ui.NavigationEntry;
import app.tandem.security.TandemUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * The welcome page: which modules this user can open, with a line on what is in each. It is not the
 * dashboard; that comes with its own issue.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(Navigation navigation, AuthenticationContext authenticationContext) {
        addClassName("home-view");
        String name = authenticationContext.getAuthenticatedUser(TandemUser.class)
                .map(TandemUser::displayName).orElse("");
        add(new H2(getTranslation("home.welcome", name)), new Paragraph(getTranslation("home.intro")));

        Map<Module, List<NavigationEntry>> modules = navigation.accessibleByModule();
        Div cards = new Div();
        cards.addClassName("module-cards");
        cards.setId("module-cards");
        for (Map.Entry<Module, List<NavigationEntry>> module : modules.entrySet()) {
            Div card = new Div();
            card.addClassNames("module-card", "module-" + module.getKey().name().toLowerCase());
            card.add(new H3(getTranslation(module.getKey().titleKey())),
                    new Paragraph(getTranslation(module.getKey().descriptionKey())));
            Div links = new Div();
            links.addClassName("module-links");
            for (NavigationEntry entry : module.getValue()) {
                links.add(new Anchor(Navigation.urlOf(entry), getTranslation(entry.titleKey())));
            }
            card.add(links);
            cards.add(card);
        }
        Div account = new Div(new H3(getTranslation("nav.my-account")),
                new Paragraph(getTranslation("home.module.account")), new Anchor("account",
                        getTranslation("nav.my-account")));
        account.addClassNames("module-card", "module-account");
        cards.add(account);
        add(cards);
        if (modules.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("home.no-modules"));
            none.addClassName("empty-state");
            none.setId("home-no-modules");
            add(none);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
