package app.tandem.org.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.DomainException;
import app.tandem.base.ui.DetailPanel;
import app.tandem.base.ui.DetailRoute;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.GridNavigation;
import app.tandem.base.ui.MainLayout;
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
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Administration of users: a lazy, filterable grid and a detail panel whose URL
 * ({@code /admin/users/42}, {@code /admin/users/new}) is the source of truth, so it survives a reload.
 */
@Route(value = "admin/users/:userId?", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
class UsersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String USER_ID = "userId";
    static final String NEW = "new";

    private final UserService userService;
    private final TwoFactorService twoFactorService;
    final Grid<UserListItem> grid = new Grid<>();
    final SearchField search;
    final ComboBox<Role> roleFilter = new ComboBox<>();
    final ComboBox<TeamRef> teamFilter = new ComboBox<>();
    final Select<String> statusFilter = new Select<>();
    final UserForm form;
    private final DetailPanel detail;
    private @Nullable TeamRef loadedTeam;

    UsersView(UserService userService, TeamService teamService, TwoFactorService twoFactorService) {
        this.userService = userService;
        this.twoFactorService = twoFactorService;
        this.form = new UserForm(teamService);
        addClassNames("master-detail", "users-view");

        search = new SearchField("users-search", getTranslation("users.search"), this::refresh);
        roleFilter.setPlaceholder(getTranslation("users.filter.role"));
        roleFilter.setAriaLabel(getTranslation("users.filter.role"));
        roleFilter.setItems(EnumSet.allOf(Role.class));
        roleFilter.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roleFilter.setClearButtonVisible(true);
        roleFilter.addValueChangeListener(e -> refresh());
        teamFilter.setPlaceholder(getTranslation("users.filter.team"));
        teamFilter.setAriaLabel(getTranslation("users.filter.team"));
        teamFilter.setItems(q -> teamService.findTeams(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        teamFilter.setClearButtonVisible(true);
        teamFilter.addValueChangeListener(e -> refresh());
        statusFilter.setAriaLabel(getTranslation("users.filter.status"));
        statusFilter.setItems("active", "inactive", "all");
        statusFilter.setItemLabelGenerator(s -> getTranslation("users.filter.status." + s));
        statusFilter.setValue("active");
        statusFilter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(UsersView.class, parameters(NEW))));
        add.setId("users-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, teamFilter, statusFilter, add);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        Div master = new Div(toolbar, grid);
        master.addClassName("master");

        form.addSaveListener(e -> save(e.draft(), e.initialPassword()));
        form.addCloseListener(e -> showList());
        detail = new DetailPanel("user-detail", form, "user.field", this::showList);
        add(master, detail);
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setMultiSort(false);
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
        grid.setItems(query -> userService.list(filter(), toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("users.empty"));
        GridNavigation.openRowsWith(grid, row -> getUI().ifPresent(
                ui -> ui.navigate(UsersView.class, parameters(Long.toString(row.id())))));
    }

    private Component status(UserListItem user) {
        String key = !user.active() ? "inactive" : user.locked() ? "locked" : "active";
        Span badge = new Span(getTranslation("user.status." + key));
        badge.addClassNames("status-badge", "status-" + key);
        return badge;
    }

    UserFilter filter() {
        Boolean active = switch (Optional.ofNullable(statusFilter.getValue()).orElse("all")) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        TeamRef team = teamFilter.getValue();
        return new UserFilter(search.getValue(), roleFilter.getValue(), team == null ? null : team.id(), active);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    static RouteParameters parameters(String userId) {
        return new RouteParameters(USER_ID, userId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DetailRoute.dispatch(event, USER_ID, () -> closeDetail(), () -> {
            UserDraft draft = new UserDraft();
            draft.setRoles(EnumSet.of(Role.STAFF));
            openDetail(draft);
        }, id -> openDetail(userService.load(id)));
    }

    private void openDetail(UserDraft draft) {
        loadedTeam = draft.getTeam();
        form.edit(draft);
        Long id = draft.getId();
        detail.open(draft.isNew() ? getTranslation("users.new") : draft.getDisplayName(),
                id == null ? null : () -> userService.history(id));
        if (!draft.isNew()) {
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
            confirm.addConfirmListener(c -> {
                try {
                    UserDraft saved = userService.setActive(draft.getId(), draft.getVersion(), !active);
                    Notices.success(getTranslation(active ? "users.deactivated" : "users.activated",
                            saved.getDisplayName()));
                    refresh();
                    openDetail(saved);
                } catch (OptimisticLockingFailureException ex) {
                    conflict();
                } catch (RuntimeException ex) {
                    Failures.show(ex);
                }
            });
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
        try {
            action.run();
            Notices.success(getTranslation(successKey));
            refresh();
            reloadDetail();
        } catch (RuntimeException ex) {
            Failures.show(ex);
        }
    }

    private void save(UserDraft draft, String initialPassword) {
        if (!draft.isNew() && !sameTeam(loadedTeam, draft.getTeam())) {
            List<OpenRecords> records;
            try {
                records = userService.openRecordsOf(draft.getId());
            } catch (RuntimeException e) {
                Failures.show(e);
                return;
            }
            if (!records.isEmpty()) {
                new TeamMoveDialog(draft.getDisplayName(), loadedTeam, draft.getTeam(), records,
                        userService.colleaguesOf(draft.getId()), handover -> store(draft, initialPassword, handover))
                        .open();
                return;
            }
        }
        store(draft, initialPassword, null);
    }

    private static boolean sameTeam(@Nullable TeamRef a, @Nullable TeamRef b) {
        return a == null ? b == null : b != null && a.id() == b.id();
    }

    private void store(UserDraft draft, String initialPassword, @Nullable RecordHandover handover) {
        try {
            UserDraft saved = draft.isNew() ? userService.create(draft, initialPassword)
                    : userService.update(draft, handover);
            Notices.success(getTranslation("users.saved", saved.getDisplayName()));
            refresh();
            getUI().ifPresent(ui -> ui.navigate(UsersView.class, parameters(Long.toString(saved.getId()))));
            openDetail(saved);
        } catch (OptimisticLockingFailureException e) {
            conflict();
        } catch (RuntimeException e) {
            Failures.show(e);
        }
    }

    /** Someone else saved this user meanwhile: keep the input, offer to reload the current state. */
    private void conflict() {
        Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"), "conflict-reload",
                this::reloadDetail);
    }

    private void reloadDetail() {
        Long id = form.draft().getId();
        if (id != null) {
            openDetail(userService.load(id));
        }
    }

    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(UsersView.class));
    }

    private void closeDetail() {
        detail.close();
        grid.deselectAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | " + getTranslation("app.name");
    }
}
