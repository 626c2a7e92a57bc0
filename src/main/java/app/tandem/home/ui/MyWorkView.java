package app.tandem.home.ui;

import app.tandem.base.WorkEntry;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.base.ui.RecordLinks;
import app.tandem.home.MyWorkService;
import app.tandem.home.WorkGroup;
import app.tandem.home.WorkItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "My work": one list of everything waiting for the logged-in user across the features, grouped overdue / today /
 * this week / later, each entry a link to its record. Entries done in their feature are gone on the next load.
 */
@Route("my-work")
@PermitAll
class MyWorkView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final Map<String, VaadinIcon> ICONS = Map.of("crm", VaadinIcon.HANDSHAKE, "compliance",
            VaadinIcon.CHECK_SQUARE_O, "improvement", VaadinIcon.LIGHTBULB, "performance", VaadinIcon.TRENDING_UP);

    /** Query parameter with the feature the list is narrowed to ({@code crm}, {@code compliance}, ...). */
    static final String MODULE = "module";
    private static final List<String> FEATURES = List.of("crm", "compliance", "improvement", "performance");

    private final MyWorkService service;
    private final RecordLinks links;
    final Span summary = new Span();
    final Div filters = new Div();
    final Div groups = new Div();
    private @Nullable String module;

    MyWorkView(MyWorkService service, RecordLinks links) {
        this.service = service;
        this.links = links;
        filters.setId("my-work-filters");
        filters.addClassName("my-work-filters");
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("mywork.filter"));
        addClassName("my-work-view");
        summary.setId("my-work-summary");
        summary.addClassName("my-work-summary");
        groups.setId("my-work-groups");
        Button refresh = new Button(getTranslation("mywork.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("my-work-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.addClickShortcut(Key.KEY_R, KeyModifier.ALT);
        refresh.setTooltipText(getTranslation("mywork.refresh.hint"));
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("mywork.title")), refresh);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.addClassName("my-work-head");
        add(head, summary, filters, groups);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        module = event.getLocation().getQueryParameters().getSingleParameter(MODULE).filter(FEATURES::contains)
                .orElse(null);
        refresh();
    }

    private void select(@Nullable String feature) {
        module = feature;
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("my-work",
                feature == null ? QueryParameters.empty() : QueryParameters.of(MODULE, feature))));
        refresh();
    }

    void refresh() {
        groups.removeAll();
        filters.removeAll();
        List<WorkItem> all;
        try {
            all = service.myWork();
        } catch (RuntimeException e) {
            Failures.show(e);
            return;
        }
        filters(all);
        List<WorkItem> items = module == null ? all : all.stream().filter(i -> i.feature().equals(module)).toList();
        Map<WorkGroup, List<WorkItem>> byGroup = items.stream().collect(Collectors.groupingBy(WorkItem::group,
                () -> new EnumMap<>(WorkGroup.class), Collectors.toList()));
        if (items.isEmpty()) {
            summary.setText("");
            Paragraph empty = new Paragraph(getTranslation("mywork.empty"));
            empty.setId("my-work-empty");
            empty.addClassName("empty-state");
            groups.add(empty);
            return;
        }
        summary.setText(getTranslation("mywork.summary", items.size(),
                byGroup.getOrDefault(WorkGroup.OVERDUE, List.of()).size(),
                byGroup.getOrDefault(WorkGroup.TODAY, List.of()).size()));
        byGroup.forEach(this::group);
    }

    /** "All" and one button per feature that has entries, with counts; the selected one is pressed. */
    private void filters(List<WorkItem> all) {
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(WorkItem::feature,
                Collectors.counting()));
        filters.add(filter(null, getTranslation("mywork.filter.all"), all.size()));
        for (String feature : FEATURES) {
            if (counts.containsKey(feature) || feature.equals(module)) {
                filters.add(filter(feature, getTranslation("mywork.feature." + feature),
                        counts.getOrDefault(feature, 0L)));
            }
        }
        filters.setVisible(counts.size() > 1 || module != null);
    }

    private Button filter(@Nullable String feature, String label, long count) {
        Button button = new Button(label + " " + count, e -> select(feature));
        button.setId("my-work-filter-" + (feature == null ? "all" : feature));
        boolean pressed = Objects.equals(feature, module);
        button.addThemeVariants(pressed ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        return button;
    }

    private void group(WorkGroup group, List<WorkItem> items) {
        String name = group.name().toLowerCase().replace('_', '-');
        Div section = new Div();
        section.addClassNames("my-work-group", "my-work-" + name);
        section.setId("my-work-" + name);
        H3 heading = new H3(getTranslation("mywork.group." + name) + " (" + items.size() + ")");
        section.add(heading);
        Div list = new Div();
        list.addClassName("my-work-list");
        list.getElement().setAttribute("role", "list");
        items.forEach(item -> list.add(row(item)));
        section.add(list);
        groups.add(section);
    }

    private Component row(WorkItem item) {
        WorkEntry entry = item.entry();
        Div row = new Div();
        row.addClassNames("my-work-item", "my-work-" + item.feature());
        row.getElement().setAttribute("role", "listitem");
        row.setId("work-" + entry.kind().replace('.', '-') + "-" + entry.itemId());

        Component icon = ICONS.getOrDefault(item.feature(), VaadinIcon.CIRCLE_THIN).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getElement().getClassList().add("my-work-icon");

        Span kind = new Span(getTranslation("mywork.kind." + entry.kind()));
        kind.addClassName("my-work-kind");
        String text = entry.kind().equals("performance.agenda")
                ? getTranslation("mywork.agenda", entry.title(), entry.detail())
                : entry.title();
        Component title = links.urlOf(entry.recordType(), entry.recordId())
                .<Component>map(url -> new Anchor(url, text)).orElseGet(() -> new Span(text));
        title.getElement().getClassList().add("my-work-title");
        Div main = new Div(kind, title);
        main.addClassName("my-work-main");
        if (entry.detail() != null && !entry.kind().equals("performance.agenda")) {
            Span detail = new Span(entry.detail());
            detail.addClassName("my-work-detail");
            main.add(detail);
        }
        Span when = new Span(when(item));
        when.addClassName("my-work-when");
        if (item.group() == WorkGroup.OVERDUE) {
            when.addClassName("overdue");
        }
        Div side = new Div(when);
        side.addClassName("my-work-side");
        doneAction(entry).ifPresent(side::add);
        row.add(icon, main, side);
        return row;
    }

    /** Entries that are done with one click here: a CRM activity, a 1:1 action item. */
    private Optional<Button> doneAction(WorkEntry entry) {
        if (!service.canComplete(entry)) {
            return Optional.empty();
        }
        Button button = new Button(getTranslation("mywork.done"), VaadinIcon.CHECK.create());
        button.setId("work-done-" + entry.kind().replace('.', '-') + "-" + entry.itemId());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("mywork.done.label", entry.title()));
        button.addClickListener(e -> {
            try {
                service.complete(entry);
                Notices.success(getTranslation("mywork.done.success", entry.title()));
            } catch (RuntimeException ex) {
                Failures.show(ex);
            }
            refresh();
        });
        return Optional.of(button);
    }

    private String when(WorkItem item) {
        WorkEntry entry = item.entry();
        if (entry.dueOn() != null) {
            return getTranslation("mywork.due", date(entry.dueOn()));
        }
        if (entry.waitingSince() != null) {
            return getTranslation("mywork.waiting", date(entry.waitingSince()), date(item.due()));
        }
        return getTranslation("mywork.no-date");
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mywork.title") + " | " + getTranslation("app.name");
    }
}
