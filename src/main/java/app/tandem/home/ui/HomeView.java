package app.tandem.home.ui;

import app.tandem.base.ui.EChart;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Navigation;
import app.tandem.base.DashboardChart;
import app.tandem.home.DashboardService;
import app.tandem.home.MyWorkService;
import app.tandem.home.WorkGroup;
import app.tandem.home.WorkItem;
import app.tandem.base.DashboardTile;
import app.tandem.security.TandemUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The home page: a greeting, the dashboard tiles of the user's roles (each a figure with its trend, opening the
 * filtered list behind it; hidden per user from the tile's menu or "Customise"), and the charts of the user's
 * main role.
 */
@Route("")
@PermitAll
class HomeView extends Div implements HasDynamicTitle {

    /** What each trend compares with; tiles not listed have no trend. */
    private static final Map<String, String> TREND_PERIOD = Map.of("won-month", "month", "win-rate", "quarter",
            "savings-hard", "year", "savings-soft", "year", "runs-due-week", "week", "my-attainment", "month",
            "team-attainment", "month", "team-feedback", "month");

    private final DashboardService service;
    private final Currency currency;
    final Div tiles = new Div();
    final Div charts = new Div();
    final Button customise = new Button();
    final Paragraph empty = new Paragraph();
    final Anchor myWork = new Anchor();

    HomeView(DashboardService service, MyWorkService work, Navigation navigation,
            AuthenticationContext authenticationContext,
            @Value("${tandem.currency:${tandem.crm.currency:EUR}}") String currencyCode) {
        this.service = service;
        this.currency = Currency.getInstance(currencyCode);
        addClassNames("home-view", "dash-view");
        String name = authenticationContext.getAuthenticatedUser(TandemUser.class)
                .map(TandemUser::displayName).orElse("");
        customise.setText(getTranslation("dash.customise"));
        customise.setIcon(VaadinIcon.COG_O.create());
        customise.setId("dash-customise");
        customise.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        customise.addClickListener(e -> openCustomise());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("home.welcome", name)), customise);
        header.addClassName("dash-header");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();
        header.setWrap(true);
        tiles.setId("dash-tiles");
        tiles.addClassName("dash-tiles");
        tiles.getElement().setAttribute("role", "list");
        charts.setId("dash-charts");
        charts.addClassName("dash-charts");
        empty.addClassName("empty-state");
        add(header, myWorkLine(work), tiles, empty, charts);

        if (navigation.accessibleEntries().isEmpty()) {
            empty.setId("home-no-modules");
            empty.setText(getTranslation("home.no-modules"));
            customise.setVisible(false);
            tiles.setVisible(false);
        } else {
            empty.setId("dash-all-hidden");
            refreshTiles();
            service.charts().forEach(chart -> charts.add(chart(chart)));
        }
        charts.setVisible(charts.getComponentCount() > 0);
    }

    /** One line above the tiles: how much of "My work" is overdue or due today, as a link to it. */
    private Div myWorkLine(MyWorkService work) {
        Map<WorkGroup, Long> counts = work.myWork().stream()
                .collect(Collectors.groupingBy(WorkItem::group, Collectors.counting()));
        long overdue = counts.getOrDefault(WorkGroup.OVERDUE, 0L);
        long today = counts.getOrDefault(WorkGroup.TODAY, 0L);
        long open = counts.values().stream().mapToLong(Long::longValue).sum();
        myWork.setHref("my-work");
        myWork.setId("home-my-work");
        myWork.setText(open == 0 ? getTranslation("home.my-work.none")
                : getTranslation("home.my-work", open, overdue, today));
        Div line = new Div(VaadinIcon.INBOX.create(), myWork);
        line.addClassName("home-my-work");
        if (overdue > 0) {
            line.addClassName("has-overdue");
        }
        return line;
    }

    // --- tiles -------------------------------------------------------------------------------------------

    void refreshTiles() {
        tiles.removeAll();
        List<DashboardTile> shown = service.tiles();
        shown.forEach(tile -> tiles.add(tile(tile)));
        boolean allHidden = shown.isEmpty() && !service.availableTiles().isEmpty();
        empty.setText(allHidden ? getTranslation("dash.all-hidden") : "");
        empty.setVisible(allHidden);
        customise.setVisible(!service.availableTiles().isEmpty());
    }

    private Div tile(DashboardTile tile) {
        String title = getTranslation("dash.tile." + tile.key());
        Div card = new Div();
        card.setId("dash-tile-" + tile.key());
        card.addClassNames("dash-tile", "dash-group-" + tile.group().name().toLowerCase());
        card.getElement().setAttribute("role", "listitem");

        Span label = new Span(title);
        label.addClassName("dash-tile-title");
        MenuBar menu = new MenuBar();
        menu.addClassName("dash-tile-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel(getTranslation("dash.tile.menu", title));
        more.getSubMenu().addItem(getTranslation("dash.hide"), e -> hide(tile.key()));
        Div head = new Div(label, menu);
        head.addClassName("dash-tile-head");

        String figure = format(tile.unit(), tile.value());
        Anchor value = new Anchor(tile.url(), figure);
        value.addClassName("dash-tile-value");
        value.setId("dash-link-" + tile.key());
        value.getElement().setAttribute("aria-label", getTranslation("dash.open-list", title, figure));
        card.add(head, value);

        Span trend = trend(tile);
        if (trend != null) {
            card.add(trend);
        }
        if (tile.target() != null && tile.unit() == DashboardTile.Unit.COUNT) {
            // a count's target is the number of targets set: targets met "of 3 targets"
            card.add(note(tile.target().signum() == 0 ? getTranslation("dash.no-targets")
                    : getTranslation("dash.of-targets", format(tile.unit(), tile.target()))));
        } else if (tile.target() != null) {
            card.add(note(getTranslation("dash.target", format(tile.unit(), tile.target()))));
        } else if (!tile.parts().isEmpty()) {
            card.add(note(tile.parts().entrySet().stream()
                    .map(p -> getTranslation("compliance.severity." + p.getKey()) + " " + p.getValue())
                    .collect(Collectors.joining(" · "))));
        } else {
            card.add(note(getTranslation("dash.tile." + tile.key() + ".note")));
        }
        return card;
    }

    private static Span note(String text) {
        Span note = new Span(text);
        note.addClassName("dash-tile-note");
        return note;
    }

    /** "▲ +1,200 vs last month", green when the change is good news, red when bad; null without a trend. */
    private @Nullable Span trend(DashboardTile tile) {
        BigDecimal change = tile.change();
        String period = TREND_PERIOD.get(tile.key());
        if (change == null || period == null) {
            return null;
        }
        int sign = change.signum();
        String amount = format(tile.unit(), change.abs());
        String since = getTranslation("dash.trend.since." + period);
        Span trend = new Span();
        trend.addClassName("dash-trend");
        if (sign == 0) {
            trend.setText("= " + since);
            trend.addClassName("dash-trend-flat");
            trend.getElement().setAttribute("aria-label", getTranslation("dash.trend.aria.flat", since));
        } else {
            trend.setText((sign > 0 ? "▲ +" : "▼ −") + amount + " " + since);
            boolean good = (sign > 0) != tile.lowerIsBetter();
            trend.addClassName(good ? "dash-trend-good" : "dash-trend-bad");
            trend.getElement().setAttribute("aria-label", getTranslation(sign > 0 ? "dash.trend.aria.up"
                    : "dash.trend.aria.down", amount, since));
        }
        return trend;
    }

    String format(DashboardTile.Unit unit, @Nullable BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return switch (unit) {
            case MONEY -> {
                NumberFormat money = NumberFormat.getCurrencyInstance(getLocale());
                money.setCurrency(currency);
                money.setMaximumFractionDigits(0);
                money.setMinimumFractionDigits(0);
                yield money.format(value.setScale(0, RoundingMode.HALF_UP));
            }
            case PERCENT -> {
                NumberFormat number = NumberFormat.getNumberInstance(getLocale());
                number.setMaximumFractionDigits(1);
                yield number.format(value) + " %";
            }
            case COUNT -> NumberFormat.getIntegerInstance(getLocale()).format(value);
        };
    }

    private void hide(String key) {
        try {
            service.hideTile(key);
        } catch (RuntimeException e) {
            Failures.show(e);
        }
        refreshTiles();
    }

    // --- customise -----------------------------------------------------------------------------------------

    void openCustomise() {
        Dialog dialog = new Dialog(getTranslation("dash.customise.title"));
        dialog.setId("dash-customise-dialog");
        dialog.setWidth("26rem");
        dialog.setMaxWidth("100%");
        CheckboxGroup<String> shown = new CheckboxGroup<>(getTranslation("dash.customise.shown"));
        shown.setId("dash-customise-tiles");
        shown.addClassName("dash-customise-tiles");
        shown.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        List<String> available = service.availableTiles();
        shown.setItems(available);
        shown.setItemLabelGenerator(key -> getTranslation("dash.tile." + key));
        Set<String> hidden = service.hiddenTiles();
        shown.setValue(available.stream().filter(k -> !hidden.contains(k)).collect(Collectors.toSet()));
        shown.addValueChangeListener(e -> {
            Set<String> added = new HashSet<>(e.getValue());
            added.removeAll(e.getOldValue());
            Set<String> removed = new HashSet<>(e.getOldValue());
            removed.removeAll(e.getValue());
            added.forEach(service::showTile);
            removed.forEach(service::hideTile);
            refreshTiles();
        });
        Button showAll = new Button(getTranslation("dash.customise.show-all"), e -> {
            service.showAllTiles();
            shown.setValue(Set.copyOf(available));
            refreshTiles();
        });
        showAll.setId("dash-show-all");
        Button done = new Button(getTranslation("dash.customise.done"), e -> dialog.close());
        done.setId("dash-customise-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("dash.customise.hint")), shown);
        dialog.getFooter().add(showAll, done);
        dialog.open();
    }

    // --- charts --------------------------------------------------------------------------------------------

    private Div chart(DashboardChart chart) {
        H3 title = new H3(getTranslation("dash.chart." + chart.key()));
        if (chart.empty()) {
            Paragraph none = new Paragraph(getTranslation("dash.chart.empty." + chart.key()));
            none.setId("dash-chart-empty-" + chart.key());
            none.addClassName("empty-state");
            Div section = new Div(title, none);
            section.addClassNames("card-section", "dash-chart");
            return section;
        }
        EChart echart = new EChart();
        echart.setId("dash-chart-" + chart.key());
        echart.setHeight("280px");
        echart.setOption(option(chart));
        echart.getElement().setAttribute("role", "img");
        echart.getElement().setAttribute("aria-label", getTranslation("dash.chart." + chart.key()));
        Div section = new Div(title, echart);
        section.addClassNames("card-section", "dash-chart");
        return section;
    }

    /** A bar or line chart; a missing value (e.g. a month without scored runs) stays a gap, not a zero. */
    ObjectNode option(DashboardChart chart) {
        String keys = chart.categoryKeys();
        List<String> categories = chart.monthly() ? chart.categories().stream().map(this::monthLabel).toList()
                : keys != null ? chart.categories().stream().map(c -> getTranslation(keys + c)).toList()
                : chart.categories();
        ObjectNode option = EChart.barOption(categories, List.of());
        if (keys != null) {
            // many long names (e.g. the nine item statuses): every one, slanted so they do not overlap
            ((ObjectNode) option.get("xAxis")).putObject("axisLabel").put("interval", 0).put("rotate", 35);
        } else if (!chart.monthly()) {
            // every stage or team name under its bar, wrapped, rather than every other one
            ((ObjectNode) option.get("xAxis")).putObject("axisLabel").put("interval", 0).put("width", 72)
                    .put("overflow", "break");
        }
        if (chart.series().stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v.stripTrailingZeros().scale() <= 0)) {
            // whole numbers (counts, amounts): no ticks at 0.5
            ((ObjectNode) option.get("yAxis")).put("minInterval", 1);
        }
        if (chart.series().size() > 1) {
            option.putObject("legend");
        }
        ArrayNode series = option.putArray("series");
        for (DashboardChart.Series s : chart.series()) {
            ObjectNode node = series.addObject().put("type", s.line() ? "line" : "bar")
                    .put("name", getTranslation("dash.series." + s.key()));
            ArrayNode data = node.putArray("data");
            for (BigDecimal v : s.values()) {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            }
        }
        return option;
    }

    private String monthLabel(String yearMonth) {
        YearMonth month = YearMonth.parse(yearMonth);
        String name = Month.of(month.getMonthValue()).getDisplayName(TextStyle.SHORT, getLocale());
        return month.getMonthValue() == 1 ? name + " " + month.getYear() : name;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.name");
    }
}
