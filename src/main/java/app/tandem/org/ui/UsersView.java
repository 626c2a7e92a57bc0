package app.tandem.org.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.DomainException;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.ListDetailView;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.SearchField;
import app.tandem.org.OpenRecords;
import app.tandem.org.RecordHandover;
import app.tandem.org.TeamRef;
import app.tandem.org.TeamService;
import app.tandem.org.TwoFactorService;
import app.tandem.org.UserDraft;
import app.tandem.org.UserFilter;
import app.tandem.org.UserListItem;
import app.tandem.org.UserService;
import app.tandem.security.Role;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/**
 * Administration of users on the record-page kit ({@code /admin/users/42}): the list with its filters, the
 * user's form and the account actions (deactivate, reset password, unlock, reset two-factor sign-in). A team
 * change asks first what happens to the user's open records.
 */
@Route("admin/users/:userId?")
@RolesAllowed(Roles.ADMIN)
class UsersView extends ListDetailView<UserDraft, UserListItem, UserFilter> {

    static final String USER_ID = "userId";
    static final String NEW = "new";
    private static final Screen SCREEN = new Screen(USER_ID, "users", "user-detail", "users", "user.field",
            "nav.users");

    private final UserService userService;
    private final TwoFactorService twoFactorService;
    final Grid<UserListItem> grid;
    final SearchField search;
    final ComboBox<Role> roleFilter = new ComboBox<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final Select<String> statusFilter = new Select<>();
    final UserForm form;
    private @Nullable TeamRef loadedTeam;
    private @Nullable RecordHandover handover;

    UsersView(UserService userService, TeamService teamService, TwoFactorService twoFactorService) {
        UserForm userForm = new UserForm(teamService);
        // only admins reach this screen, and they may change every user; a user's update may hand records over
        super(SCREEN, userForm, new Calls<>(userService::load,
                draft -> userService.create(draft, userForm.initialPassword.getValue()), draft -> draft,
                userService::history, id -> true));
        this.form = userForm;
        this.userService = userService;
        this.twoFactorService = twoFactorService;
        this.grid = list.grid;
        addClassName("users-view");

        search = new SearchField("users-search", getTranslation("users.search"), () -> { });
        list.filters.text("q", search);
        list.filterField(roleFilter, null, getTranslation("users.filter.role"));
        roleFilter.setItems(EnumSet.allOf(Role.class));
        roleFilter.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        list.filters.choice("role", roleFilter, Role.class);
        list.filterField(teamFilter, null, getTranslation("users.filter.team"));
        teamFilter.setItems(q -> teamService.findTeams(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        list.filters.reference("team", teamFilter, TeamRef::id, id -> teamService.ref(id).orElse(null));
        statusFilter.setAriaLabel(getTranslation("users.filter.status"));
        statusFilter.setItems("active", "inactive", "all");
        statusFilter.setItemLabelGenerator(s -> getTranslation("users.filter.status." + s));
        statusFilter.setValue("active");
        list.filters.add("status", statusFilter, s -> s, s -> List.of("active", "inactive", "all").contains(s) ? s
                : null, "active");
        list.addToToolbar(search, roleFilter, teamFilter, statusFilter);
        list.addNewButton("users-new", getTranslation("users.new"), true, this::openNew);
        configureGrid();
    }

    private void configureGrid() {
        var nameColumn = grid.addColumn(UserListItem::displayName).setHeader(getTranslation("user.displayName"))
                .setSortProperty("displayName").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(UserListItem::username).setHeader(getTranslation("user.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(getTranslation("user.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(u -> u.teamName() == null ? "" : u.teamName()).setHeader(getTranslation("user.team"))
                .setSortProperty("t.name").setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("user.status"))
                .setSortProperty("active").setAutoWidth(true).setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(nameColumn, SortDirection.ASCENDING)));
    }

    private Component status(UserListItem user) {
        String key = !user.active() ? "inactive" : user.locked() ? "locked" : "active";
        Span badge = new Span(getTranslation("user.status." + key));
        badge.addClassNames("status-badge", "status-" + key);
        return badge;
    }

    @Override
    protected UserFilter filter() {
        Boolean active = switch (Optional.ofNullable(statusFilter.getValue()).orElse("all")) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        TeamRef team = teamFilter.getValue();
        return new UserFilter(search.getValue(), roleFilter.getValue(), team == null ? null : team.id(), active);
    }

    @Override
    protected Stream<UserListItem> rows(UserFilter filter, Pageable page) {
        return userService.list(filter, page).stream();
    }

    @Override
    protected long rowId(UserListItem row) {
        return row.id();
    }

    static RouteParameters parameters(String userId) {
        return new RouteParameters(USER_ID, userId);
    }

    @Override
    public UserDraft blank(QueryParameters query) {
        UserDraft draft = new UserDraft();
        draft.setRoles(EnumSet.of(Role.STAFF));
        return draft;
    }

    /** With what happens to the user's open records when they change team (asked in {@link #beforeSave}). */
    @Override
    public UserDraft update(UserDraft user) {
        RecordHandover chosen = handover;
        handover = null;
        return userService.update(user, chosen);
    }

    @Override
    public @Nullable Long id(UserDraft user) {
        return user.getId();
    }

    @Override
    public String title(UserDraft user) {
        return user.getDisplayName();
    }

    @Override
    protected void opened(UserDraft draft, boolean editable) {
        loadedTeam = draft.getTeam();
        if (draft.isNew()) {
            return;
        }
        detail.actions().add(activationButton(draft), resetPasswordButton(draft));
        if (draft.isLocked()) {
            Button unlock = new Button(getTranslation("users.unlock"), VaadinIcon.UNLOCK.create(),
                    e -> run(() -> userService.unlock(draft.getId()), "users.unlocked"));
            unlock.setId("user-unlock");
            detail.actions().add(unlock);
        }
        if (draft.isTwoFactorEnabled()) {
            detail.actions().add(resetTwoFactorButton(draft));
        }
    }

    /** A user who moves to another team and owns open records: ask what happens to them first. */
    @Override
    protected void beforeSave(UserDraft draft, Runnable save) {
        handover = null;
        if (draft.isNew() || sameTeam(loadedTeam, draft.getTeam())) {
            save.run();
            return;
        }
        List<OpenRecords> records = userService.openRecordsOf(draft.getId());
        if (records.isEmpty()) {
            save.run();
            return;
        }
        new TeamMoveDialog(draft.getDisplayName(), loadedTeam, draft.getTeam(), records,
                userService.colleaguesOf(draft.getId()), chosen -> {
                    handover = chosen;
                    save.run();
                }).open();
    }

    private static boolean sameTeam(@Nullable TeamRef a, @Nullable TeamRef b) {
        return a == null ? b == null : b != null && a.id() == b.id();
    }

    private Button resetTwoFactorButton(UserDraft draft) {
        Button button = new Button(getTranslation("users.reset-2fa"), VaadinIcon.MOBILE.create());
        button.setId("user-reset-2fa");
        button.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("user-reset-2fa-confirm");
            confirm.setHeader(getTranslation("users.reset-2fa.confirm.title", draft.getDisplayName()));
            confirm.setText(getTranslation("users.reset-2fa.confirm.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("users.reset-2fa"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> run(() -> twoFactorService.reset(draft.getId()), "users.reset-2fa.done"));
            confirm.open();
        });
        return button;
    }

    private Button activationButton(UserDraft draft) {
        boolean active = draft.isActive();
        Button button = new Button(getTranslation(active ? "users.deactivate" : "users.activate"),
                (active ? VaadinIcon.BAN : VaadinIcon.CHECK).create());
        button.setId("user-toggle-active");
        if (active) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation(active ? "users.deactivate.confirm.title" : "users.activate.confirm.title",
                    draft.getDisplayName()));
            confirm.setText(getTranslation(active ? "users.deactivate.confirm.text" : "users.activate.confirm.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation(active ? "users.deactivate" : "users.activate"));
            if (active) {
                confirm.setConfirmButtonTheme("error primary");
            }
            confirm.addConfirmListener(c -> attempt(() -> {
                UserDraft saved = userService.setActive(draft.getId(), draft.getVersion(), !active);
                Notices.success(getTranslation(active ? "users.deactivated" : "users.activated",
                        saved.getDisplayName()));
                list.refresh();
                show(saved);
            }));
            confirm.open();
        });
        return button;
    }

    private Button resetPasswordButton(UserDraft draft) {
        Button button = new Button(getTranslation("users.reset-password"), VaadinIcon.KEY.create());
        button.setId("user-reset-password");
        button.addClickListener(e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("users.reset-password.title", draft.getDisplayName()));
            PasswordField password = new PasswordField(getTranslation("account.new-password"));
            password.setHelperText(getTranslation("password.rules", UserService.MIN_PASSWORD_LENGTH));
            password.setWidthFull();
            password.setId("reset-password-field");
            Button confirm = new Button(getTranslation("users.reset-password"), c -> {
                try {
                    userService.resetPassword(draft.getId(), password.getValue());
                    dialog.close();
                    Notices.success(getTranslation("users.password-reset", draft.getDisplayName()));
                } catch (DomainException ex) {
                    password.setErrorMessage(Failures.describe(ex));
                    password.setInvalid(true);
                }
            });
            confirm.setId("reset-password-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(password);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), c -> dialog.close()), confirm);
            dialog.open();
            password.focus();
        });
        return button;
    }

    private void run(Runnable action, String successKey) {
        attempt(() -> {
            action.run();
            Notices.success(getTranslation(successKey));
            list.refresh();
            reload();
        });
    }
}
