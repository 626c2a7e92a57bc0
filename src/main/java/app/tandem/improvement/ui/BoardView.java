package app.tandem.improvement.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.Notices;
import app.tandem.improvement.AreaRef;
import app.tandem.improvement.AreaService;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemFilter;
import app.tandem.improvement.ItemKind;
import app.tandem.improvement.ItemListItem;
import app.tandem.improvement.ItemStatus;
import app.tandem.org.TeamRef;
import app.tandem.org.UserRef;
import app.tandem.org.UserService;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Slice;

/**
 * The PDCA board: a column per stage from submitted to completed, item cards to drag to another column where
 * the lifecycle allows it (a refused move says why and the card stays), and a "Move to" menu on every card as
 * the keyboard way to do the same.
 */
@Route("improvement/board")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF, Roles.COMPLIANCE_OFFICER})
class BoardView extends Div implements HasDynamicTitle {

    static final int CARDS_PER_COLUMN = 50;
    static final List<ItemStatus> COLUMNS = List.of(ItemStatus.SUBMITTED, ItemStatus.APPROVED,
            ItemStatus.IN_PROGRESS, ItemStatus.CHECKING, ItemStatus.STANDARDISING, ItemStatus.COMPLETED);

    private final ImprovementService service;
    private final ItemFormats formats;
    final ComboBox<TeamRef> teamFilter;
    final ComboBox<AreaRef> areaFilter;
    final Select<ItemKind> kindFilter;
    final ComboBox<UserRef> ownerFilter = new ComboBox<>();
    final Div board = new Div();

    BoardView(ImprovementService service, AreaService areaService, UserService userService,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currencyCode) {
        this.service = service;
        this.formats = new ItemFormats(getLocale(), currencyCode);
        addClassNames("pipeline-view", "improvement-board-view");
        teamFilter = ItemFilterFields.team(service.teams(), this::refresh);
        areaFilter = ItemFilterFields.area(areaService.active(), this::refresh);
        kindFilter = ItemFilterFields.kind(this::refresh);
        ownerFilter.setPlaceholder(getTranslation("improvement.field.owner"));
        ownerFilter.setAriaLabel(getTranslation("improvement.field.owner"));
        ownerFilter.setItems(q -> userService.findUsers(q.getFilter().orElse(null), toSpringPageRequest(q)).stream());
        ownerFilter.setItemLabelGenerator(UserRef::displayName);
        ownerFilter.setClearButtonVisible(true);
        ownerFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(teamFilter, areaFilter, kindFilter, ownerFilter);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        board.addClassName("pipeline-board");
        board.setId("improvement-board");
        add(toolbar, board);
        refresh();
    }

    ItemFilter filter() {
        UserRef owner = ownerFilter.getValue();
        return new ItemFilter(null, null, kindFilter.getValue(), ItemFilterFields.id(teamFilter.getValue()),
                ItemFilterFields.id(areaFilter.getValue()), owner == null ? null : owner.id(), false, null, null);
    }

    void refresh() {
        board.removeAll();
        ItemFilter filter = filter();
        for (ItemStatus status : COLUMNS) {
            board.add(column(status, service.cards(status, filter, CARDS_PER_COLUMN)));
        }
    }

    private Component column(ItemStatus status, Slice<ItemListItem> cards) {
        Div column = new Div();
        column.addClassName("pipeline-column");
        column.setId("column-" + status.name());
        column.getElement().setAttribute("aria-label", getTranslation("improvement.status." + status.name()));
        H3 name = new H3(getTranslation("improvement.status." + status.name()));
        Span count = new Span(getTranslation(cards.hasNext() ? "improvement.board.more" : "improvement.board.count",
                cards.getNumberOfElements()));
        count.addClassName("pipeline-totals");
        Div header = new Div(name, count);
        header.addClassName("pipeline-column-header");
        column.add(header);
        if (cards.isEmpty()) {
            Span empty = new Span(getTranslation("improvement.board.empty"));
            empty.addClassName("empty-state");
            column.add(empty);
        }
        cards.forEach(card -> column.add(card(card)));
        DropTarget<Div> target = DropTarget.create(column);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(data -> move((Long) data, status)));
        return column;
    }

    private Component card(ItemListItem item) {
        Div card = new Div();
        card.addClassNames("deal-card", "improvement-card");
        card.setId("item-" + item.id());
        String url = RouteConfiguration.forSessionScope().getUrl(ItemsView.class,
                ItemsView.parameters(Long.toString(item.id())));
        Anchor title = new Anchor(url, item.title());
        title.addClassName("deal-card-name");
        title.getElement().setAttribute("draggable", "false");
        Span kind = new Span(getTranslation("improvement.kind." + item.kind().name()) + " · " + item.ownerName());
        kind.addClassName("deal-card-account");
        Div meta = new Div();
        meta.addClassName("deal-card-meta");
        if (item.dueDate() != null) {
            meta.add(new Span(formats.date(item.dueDate())));
        }
        if (item.overdue()) {
            Span late = new Span(getTranslation("improvement.overdue"));
            late.addClassNames("status-badge", "status-locked", "overdue-badge");
            meta.add(new Span(" "), late);
        }
        Span target = new Span(item.annualTarget().signum() == 0 ? ""
                : getTranslation("improvement.board.target", formats.money(item.annualTarget())));
        target.addClassName("deal-card-amount");

        List<ItemStatus> moves = item.status().next().stream().filter(COLUMNS::contains).sorted().toList();
        if (moves.isEmpty()) {
            card.addClassName("read-only");
            card.add(title, kind, target, meta);
            return card;
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem moveTo = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        moveTo.setAriaLabel(getTranslation("improvement.board.move-to", item.title()));
        moveTo.getElement().setAttribute("title", getTranslation("improvement.board.move-to", item.title()));
        for (ItemStatus next : moves) {
            moveTo.getSubMenu().addItem(getTranslation("improvement.move." + next.name()), e -> move(item.id(), next));
        }
        HorizontalLayout top = new HorizontalLayout(title, menu);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.START);
        top.expand(title);
        card.add(top, kind, target, meta);
        DragSource<Div> source = DragSource.create(card);
        source.setDragData(item.id());
        source.setEffectAllowed(EffectAllowed.MOVE);
        return card;
    }

    /** A refused move is told by the session's error handler; either way the board shows where items are now. */
    private void move(long itemId, ItemStatus target) {
        try {
            service.moveTo(itemId, target, null, null);
            Notices.success(getTranslation("improvement.moved", getTranslation("improvement.status." + target.name())));
        } finally {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.improvement.board") + " | " + getTranslation("app.name");
    }
}
