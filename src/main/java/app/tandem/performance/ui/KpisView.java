package app.tandem.performance.ui;

import app.tandem.base.ui.Notices;
import app.tandem.performance.Direction;
import app.tandem.performance.KpiData;
import app.tandem.performance.KpiService;
import app.tandem.performance.Rollup;
import app.tandem.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** Manual KPIs (administrators): name, unit, whether higher or lower is better, the team roll-up, active. */
@Route("admin/kpis")
@RolesAllowed(Roles.ADMIN)
class KpisView extends Div implements HasDynamicTitle {

    /** What the Binder edits. */
    static final class Draft {
        private @Nullable Long id;
        private long version;
        private String name = "";
        private String unit = "";
        private Direction direction = Direction.HIGHER_IS_BETTER;
        private Rollup rollup = Rollup.MEAN;
        private boolean active = true;

        static Draft of(KpiData data) {
            Draft d = new Draft();
            d.id = data.id();
            d.version = data.version();
            d.name = data.name();
            d.unit = data.unit();
            d.direction = data.direction();
            d.rollup = data.rollup();
            d.active = data.active();
            return d;
        }

        KpiData toData() {
            return new KpiData(id, version, name, unit, direction, rollup, active);
        }

        String getName() {
            return name;
        }

        void setName(String name) {
            this.name = name;
        }

        String getUnit() {
            return unit;
        }

        void setUnit(String unit) {
            this.unit = unit;
        }

        Direction getDirection() {
            return direction;
        }

        void setDirection(Direction direction) {
            this.direction = direction;
        }

        Rollup getRollup() {
            return rollup;
        }

        void setRollup(Rollup rollup) {
            this.rollup = rollup;
        }

        boolean isActive() {
            return active;
        }

        void setActive(boolean active) {
            this.active = active;
        }
    }

    private final KpiService kpiService;
    final Grid<KpiData> grid = new Grid<>();
    final Button add = new Button();

    KpisView(KpiService kpiService) {
        this.kpiService = kpiService;
        addClassNames("perf-view", "kpis-view");
        add.setText(getTranslation("perf.kpi.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("kpi-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(new Draft()));
        grid.setId("kpis-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(KpiData::name).setHeader(getTranslation("perf.kpi.name")).setFlexGrow(2);
        grid.addColumn(KpiData::unit).setHeader(getTranslation("perf.kpi.unit")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation("perf.direction." + k.direction().name()))
                .setHeader(getTranslation("perf.kpi.direction")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation("perf.rollup." + k.rollup().name()))
                .setHeader(getTranslation("perf.kpi.rollup")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("perf.kpi.status")).setAutoWidth(true);
        grid.addComponentColumn(k -> {
            Button edit = new Button(getTranslation("perf.kpi.edit"), e -> edit(Draft.of(k)));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setId("kpi-edit-" + k.id());
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("perf.kpi.empty"));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.perf.kpis")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setWidthFull();
        Span note = new Span(getTranslation("perf.kpi.note"));
        note.addClassName("perf-note");
        add(header, note, grid);
        refresh();
    }

    private Component status(KpiData kpi) {
        Span badge = new Span(getTranslation(kpi.active() ? "perf.kpi.active" : "perf.kpi.inactive-badge"));
        badge.addClassNames("status-badge", kpi.active() ? "status-active" : "status-inactive");
        return badge;
    }

    void edit(Draft draft) {
        Dialog dialog = new Dialog();
        dialog.setId("kpi-dialog");
        dialog.setHeaderTitle(getTranslation(draft.id == null ? "perf.kpi.new" : "perf.kpi.edit"));
        TextField name = new TextField(getTranslation("perf.kpi.name"));
        name.setId("kpi-name");
        name.setMaxLength(100);
        TextField unit = new TextField(getTranslation("perf.kpi.unit"));
        unit.setId("kpi-unit");
        unit.setMaxLength(30);
        unit.setHelperText(getTranslation("perf.kpi.unit.help"));
        Select<Direction> direction = new Select<>();
        direction.setLabel(getTranslation("perf.kpi.direction"));
        direction.setId("kpi-direction");
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("perf.direction." + d.name()));
        Select<Rollup> rollup = new Select<>();
        rollup.setLabel(getTranslation("perf.kpi.rollup"));
        rollup.setId("kpi-rollup");
        rollup.setItems(Rollup.values());
        rollup.setItemLabelGenerator(r -> getTranslation("perf.rollup." + r.name()));
        Checkbox active = new Checkbox(getTranslation("perf.kpi.active"));
        active.setId("kpi-active");
        Binder<Draft> binder = new Binder<>();
        binder.forField(name).asRequired(getTranslation("perf.kpi.name.required"))
                .bind(Draft::getName, Draft::setName);
        binder.forField(unit).asRequired(getTranslation("perf.kpi.unit.required"))
                .bind(Draft::getUnit, Draft::setUnit);
        binder.forField(direction).asRequired().bind(Draft::getDirection, Draft::setDirection);
        binder.forField(rollup).asRequired().bind(Draft::getRollup, Draft::setRollup);
        binder.forField(active).bind(Draft::isActive, Draft::setActive);
        binder.readBean(draft);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                binder.validate();
                return;
            }
            kpiService.save(draft.toData());
            Notices.success(getTranslation("perf.kpi.saved"));
            dialog.close();
            refresh();
        });
        save.setId("kpi-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, unit, direction, rollup, active));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void refresh() {
        grid.setItems(kpiService.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.perf.kpis") + " | " + getTranslation("app.name");
    }
}
