package app.tandem.base.ui;

import app.tandem.base.HistoryEntry;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.masterdetaillayout.MasterDetailLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;

/**
 * A record page (see docs/adr/0004): the list and, beside it in Vaadin's {@link MasterDetailLayout}, the record
 * whose id is in the address ({@code /crm/accounts/42}, {@code /crm/accounts/new}); on a phone the record covers
 * the list. It loads by id, opens "new", says "not found", shows the form read-only to who may not edit, turns a
 * conflicting save into "someone else changed this; reload" (keeping the input), confirms a delete and fills
 * the History tab. The screen extends it and writes only its columns, filters, fields and rules; unexpected
 * failures go to the session's error handler.
 *
 * @param <R> the record the form edits
 * @param <L> the list item
 * @param <F> the list's filter
 */
public abstract class ListDetailView<R, L, F> extends Div
        implements BeforeEnterObserver, HasDynamicTitle, RecordSource<R> {

    /**
     * The screen's names.
     *
     * @param parameter the route parameter of the record, e.g. {@code accountId}
     * @param listId the start of the list's ids, e.g. {@code crm-accounts} for {@code crm-accounts-grid}
     * @param detailId the detail panel's id
     * @param messages the start of the screen's message keys ({@code .new}, {@code .saved}, {@code .empty},
     *        {@code .search}, {@code .deleted}, {@code .delete.confirm.title}/{@code .text})
     * @param fieldMessages the start of the field labels, also used by the History tab
     * @param titleKey the page title's key
     */
    public record Screen(String parameter, String listId, String detailId, String messages, String fieldMessages,
            String titleKey) {
    }

    /**
     * The service calls of {@link RecordSource} a page makes, e.g.
     * {@code new Calls<>(accountService::load, accountService::create, accountService::update,
     * accountService::history, accountService::mayEdit)}; a screen overrides a method where it does more.
     */
    public record Calls<R>(LongFunction<R> load, UnaryOperator<R> create, UnaryOperator<R> update,
            LongFunction<List<HistoryEntry>> history, LongPredicate mayEdit) {
    }

    public final RecordList<L, F> list;
    public final DetailPanel detail;
    private final RecordForm<R> recordForm;
    private final MasterDetailLayout layout = new MasterDetailLayout();
    private final Screen screen;
    private final Calls<R> calls;
    private QueryParameters query = QueryParameters.empty();

    protected ListDetailView(Screen screen, RecordForm<R> form, Calls<R> calls) {
        this.screen = screen;
        this.calls = calls;
        this.recordForm = form;
        addClassName("master-detail");
        list = new RecordList<>(screen.listId() + "-grid", this::filter, this::rows,
                getTranslation(screen.messages() + ".empty"), row -> open(rowId(row)), this::filtersChanged);
        form.onSave(this::save);
        form.onClose(this::showList);
        form.onDelete(this::confirmDelete);
        detail = new DetailPanel(screen.detailId(), form, screen.fieldMessages(), this::showList);
        layout.setSizeFull();
        layout.setMaster(list);
        layout.setDetailSize("var(--tandem-detail-width)");
        layout.setMasterSize("min(28rem, 100%)");
        layout.setExpandMaster(true);
        layout.setOverlayContainment(MasterDetailLayout.OverlayContainment.LAYOUT);
        layout.setOverlaySize("100%");
        layout.addDetailEscapePressListener(e -> showList());
        add(layout);
    }

    @Override
    public R load(long id) {
        return calls.load().apply(id);
    }

    @Override
    public R create(R record) {
        return calls.create().apply(record);
    }

    @Override
    public R update(R record) {
        return calls.update().apply(record);
    }

    @Override
    public List<HistoryEntry> history(long id) {
        return calls.history().apply(id);
    }

    @Override
    public boolean mayEdit(long id) {
        return calls.mayEdit().test(id);
    }

    /** The filter as the list's fields show it. */
    protected abstract F filter();

    /** One page of the list, from the service. */
    protected abstract Stream<L> rows(F filter, Pageable page);

    protected abstract long rowId(L row);

    /** After a record opened: the screen's own tabs and actions ({@code editable} false: read-only). */
    protected void opened(R record, boolean editable) {
    }

    /**
     * Before the input is saved: a screen that warns (a possible duplicate, records that move with a user) asks
     * here and runs {@code save} only if the user goes on.
     */
    protected void beforeSave(R record, Runnable save) {
        save.run();
    }

    /** Whether the open record offers Delete; the service decides again. */
    protected boolean mayDelete(R record) {
        return false;
    }

    protected void delete(R record) {
        throw new UnsupportedOperationException("This screen deletes nothing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = event.getLocation().getQueryParameters();
        if (list.filters.read(query)) {
            list.refresh();
        }
        DetailRoute.dispatch(event, screen.parameter(), this::closeDetail, () -> show(blank(query)),
                id -> show(load(id)));
    }

    /** Shows a record in the detail: read-only for who may not edit it. */
    protected void show(R record) {
        recordForm.edit(record);
        Long id = id(record);
        detail.open(id == null ? getTranslation(screen.messages() + ".new") : title(record),
                id == null ? null : () -> history(id));
        boolean editable = id == null || mayEdit(id);
        recordForm.setReadOnly(!editable);
        recordForm.delete.setVisible(id != null && editable && mayDelete(record));
        if (!editable) {
            detail.actions().add(new ReadOnlyNotice());
        }
        layout.setDetail(detail);
        opened(record, editable);
    }

    private void save(R record) {
        beforeSave(record, () -> store(record));
    }

    private void store(R record) {
        attempt(() -> {
            R saved = id(record) == null ? create(record) : update(record);
            Notices.success(getTranslation(screen.messages() + ".saved", title(saved)));
            list.refresh();
            Long id = id(saved);
            if (id != null) {
                open(id);
            }
        });
    }

    private void confirmDelete(R record) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId(screen.listId() + "-delete-confirm");
        confirm.setHeader(getTranslation(screen.messages() + ".delete.confirm.title", title(record)));
        confirm.setText(getTranslation(screen.messages() + ".delete.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> attempt(() -> {
            delete(record);
            Notices.success(getTranslation(screen.messages() + ".deleted", title(record)));
            list.refresh();
            showList();
        }));
        confirm.open();
    }

    /**
     * Runs a change of the open record. A conflicting change offers Reload and keeps the input; a refused one
     * (a broken rule) is told here, so the form stays as typed; anything else goes to the error handler.
     */
    protected void attempt(Runnable change) {
        Failures.attempt(change, this::conflict);
    }

    /** Someone else saved this record meanwhile: keep the input, offer to load the current state. */
    protected void conflict() {
        Notices.errorWithAction(getTranslation("error.conflict"), getTranslation("action.reload"), "conflict-reload",
                this::reload);
    }

    /** Loads the open record again, e.g. after a conflict or a change made in one of its tabs. */
    protected void reload() {
        Long id = id(recordForm.current());
        if (id != null) {
            show(load(id));
        }
    }

    /** The open record as last loaded. */
    protected R current() {
        return recordForm.current();
    }

    /** Opens a record by its address, keeping the list's filters. */
    protected void open(long id) {
        navigate(new RouteParameters(screen.parameter(), Long.toString(id)));
    }

    protected void openNew() {
        navigate(new RouteParameters(screen.parameter(), DetailRoute.NEW));
    }

    protected void showList() {
        navigate(RouteParameters.empty());
    }

    private void navigate(RouteParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(getClass(), parameters, list.filters.query()));
    }

    private void closeDetail() {
        detail.close();
        layout.setDetail(null);
        list.grid.deselectAll();
    }

    /** A changed filter: the list reloads and the address says so, without a new history entry per keystroke. */
    private void filtersChanged() {
        list.refresh();
        query = list.filters.query();
        UI ui = UI.getCurrent();
        if (ui != null) {
            String path = ui.getInternals().getActiveViewLocation().getPath();
            ui.getPage().getHistory().replaceState(null, new Location(path, query));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(screen.titleKey()) + " | " + getTranslation("app.name");
    }
}
