package app.tandem.org.ui;

import app.tandem.base.DomainException;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.org.MyAccount;
import app.tandem.org.TwoFactorService;
import app.tandem.org.UserService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.stream.Collectors;

/** Every user's own account: who they are, their password, language and light/dark preference. */
@Route("account")
@PermitAll
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    static final String BROWSER = "browser";

    private final UserService userService;
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button changePassword = new Button();
    final Select<String> language = new Select<>();
    final Select<String> colorScheme = new Select<>();

    final TwoFactorSection twoFactor;

    MyAccountView(UserService userService, TwoFactorService twoFactorService) {
        this.userService = userService;
        addClassName("account-view");
        setMaxWidth("48rem");
        MyAccount me = userService.myAccount();
        twoFactor = new TwoFactorSection(twoFactorService);
        if (twoFactorService.status().required() && !twoFactorService.status().enabled()) {
            Div required = new Div(getTranslation("twofa.required.banner"));
            required.setId("twofa-required-banner");
            required.addClassName("twofa-required-banner");
            add(required);
        }
        add(profile(me), passwordSection(me), twoFactor, preferences(me));
    }

    private Div profile(MyAccount me) {
        FormLayout info = new FormLayout();
        info.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        info.addFormItem(new Span(me.username()), getTranslation("user.username"));
        info.addFormItem(new Span(me.displayName()), getTranslation("user.displayName"));
        info.addFormItem(new Span(me.email() == null ? "" : me.email()), getTranslation("user.email"));
        info.addFormItem(new Span(me.teamName() == null ? getTranslation("account.no-team") : me.teamName()),
                getTranslation("user.team"));
        info.addFormItem(new Span(me.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))), getTranslation("user.roles"));
        Div section = new Div(new H3(getTranslation("account.profile")), info);
        section.addClassName("card-section");
        return section;
    }

    private Div passwordSection(MyAccount me) {
        // validated by changePassword(); automatic validation would mark the required fields invalid when
        // they are cleared after a successful change
        currentPassword.setManualValidation(true);
        newPassword.setManualValidation(true);
        repeatPassword.setManualValidation(true);
        currentPassword.setLabel(getTranslation("account.current-password"));
        currentPassword.setId("current-password");
        currentPassword.setRequiredIndicatorVisible(true);
        newPassword.setLabel(getTranslation("account.new-password"));
        newPassword.setId("new-password");
        newPassword.setRequiredIndicatorVisible(true);
        newPassword.setHelperText(getTranslation("password.rules", UserService.MIN_PASSWORD_LENGTH));
        repeatPassword.setLabel(getTranslation("account.repeat-password"));
        repeatPassword.setId("repeat-password");
        repeatPassword.setRequiredIndicatorVisible(true);
        changePassword.setText(getTranslation("account.change-password"));
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword(me.username()));
        changePassword.addClickShortcut(Key.ENTER).listenOn(currentPassword, newPassword, repeatPassword);
        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div section = new Div(new H3(getTranslation("account.password")), form, changePassword);
        section.addClassName("card-section");
        return section;
    }

    private void changePassword(String username) {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        if (currentPassword.isEmpty()) {
            invalid(currentPassword, getTranslation("account.current-password.required"));
            return;
        }
        String next = newPassword.getValue();
        if (next.length() < UserService.MIN_PASSWORD_LENGTH) {
            invalid(newPassword, getTranslation("password.too-short", UserService.MIN_PASSWORD_LENGTH));
            return;
        }
        if (next.trim().equalsIgnoreCase(username)) {
            invalid(newPassword, getTranslation("password.equals-username"));
            return;
        }
        if (!next.equals(repeatPassword.getValue())) {
            invalid(repeatPassword, getTranslation("account.password.mismatch"));
            return;
        }
        try {
            userService.changeOwnPassword(currentPassword.getValue(), next);
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            Notices.success(getTranslation("account.password.changed"));
        } catch (DomainException e) {
            PasswordField field = "account.password.current-wrong".equals(e.getMessageKey()) ? currentPassword
                    : newPassword;
            invalid(field, Failures.describe(e));
        }
    }

    private static void invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private Div preferences(MyAccount me) {
        language.setLabel(getTranslation("account.language"));
        language.setId("account-language");
        language.setItems(BROWSER, "en", "de");
        language.setItemLabelGenerator(l -> getTranslation("account.language." + l));
        language.setValue(me.language() == null ? BROWSER : me.language());
        language.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            String chosen = BROWSER.equals(e.getValue()) ? null : e.getValue();
            userService.setLanguage(chosen);
            getUI().ifPresent(ui -> {
                if (chosen != null) {
                    ui.setLocale(Locale.forLanguageTag(chosen));
                }
                ui.getPage().reload();
            });
        });
        colorScheme.setLabel(getTranslation("account.color-scheme"));
        colorScheme.setId("account-color-scheme");
        colorScheme.setItems("light", "dark");
        colorScheme.setItemLabelGenerator(s -> getTranslation("account.color-scheme." + s));
        colorScheme.setValue(me.darkMode() ? "dark" : "light");
        colorScheme.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            boolean dark = "dark".equals(e.getValue());
            userService.setDarkMode(dark);
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        FormLayout form = new FormLayout(language, colorScheme);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        Div section = new Div(new H3(getTranslation("account.preferences")), form);
        section.addClassName("card-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-account") + " | " + getTranslation("app.name");
    }
}
