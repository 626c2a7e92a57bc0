package app.tandem.home.ui;

import app.tandem.base.WorkEntry;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.MainLayout;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "My work": one list of everything waiting for the logged-in user across the features, grouped overdue / today /
 * this week / later, each entry a link to its record. Entries done in their feature are gone on the next load.
 */
@Route(value = "my-work", layout = MainLayout.class)
@PermitAll
class MyWorkView extends Div implements HasDynamicTitle {

    private static final Map<String, VaadinIcon> ICONS = Map.of("crm", VaadinIcon.HANDSHAKE, "compliance",
            VaadinIcon.CHECK_SQUARE_O, "improvement", VaadinIcon.LIGHTBULB, "performance", VaadinIcon.TRENDING_UP);

    private final MyWorkService service;
    private final RecordLinks links;
    final Span summary = new Span();
    final Div groups = new Div();

    MyWorkView(MyWorkService service, RecordLinks links) {
        this.service = service;
        this.links = links;
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
        add(head, summary, groups);
        refresh();
    }

    void refresh() {
        groups.removeAll();
        List<WorkItem> items;
        try {
            items = service.myWork();
        } catch (RuntimeException e) {
            Failures.show(e);
            return;
        }
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
        row.setId("work-" + entry.kind().replace('.', '-') + "-" + entry.recordId());

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
        row.add(icon, main, when);
        return row;
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
