package app.tandem.performance.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.ClientTime;
import app.tandem.base.ui.Notices;
import app.tandem.org.UserRef;
import app.tandem.performance.Cadence;
import app.tandem.performance.OneOnOneService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/** Starts a 1:1 series with a report: who, how often, and the date of the first meeting. */
class SeriesDialog extends Dialog {

    static final class Form {
        @Nullable UserRef report;
        Cadence cadence = Cadence.BIWEEKLY;
        @Nullable LocalDate first;
    }

    final ComboBox<UserRef> report = new ComboBox<>();
    final Select<Cadence> cadence = new Select<>();
    final DatePicker first = new DatePicker();
    final Button start = new Button();
    private final Binder<Form> binder = new Binder<>();

    SeriesDialog(OneOnOneService service, LongConsumer onStarted) {
        setId("oneonone-series-dialog");
        setHeaderTitle(getTranslation("oneonone.series.new"));
        setWidth("min(30rem, 100vw)");
        report.setId("oneonone-series-report");
        report.setLabel(getTranslation("oneonone.series.report"));
        report.setItems(query -> service.possibleReports(query.getFilter().orElse(null), toSpringPageRequest(query))
                .stream());
        report.setItemLabelGenerator(UserRef::displayName);
        cadence.setId("oneonone-series-cadence");
        cadence.setLabel(getTranslation("oneonone.series.cadence"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> getTranslation("oneonone.cadence." + c.name()));
        first.setId("oneonone-series-first");
        first.setLabel(getTranslation("oneonone.series.first"));
        binder.forField(report).asRequired(getTranslation("oneonone.series.report-required"))
                .bind(f -> f.report, (f, v) -> f.report = v);
        binder.forField(cadence).asRequired(getTranslation("oneonone.series.cadence-required"))
                .bind(f -> f.cadence, (f, v) -> f.cadence = v);
        binder.forField(first).asRequired(getTranslation("oneonone.series.first-required"))
                .bind(f -> f.first, (f, v) -> f.first = v);
        Form bean = new Form();
        bean.first = LocalDate.now(ClientTime.zone());
        binder.readBean(bean);
        FormLayout form = new FormLayout(report, cadence, first);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        start.setId("oneonone-series-start");
        start.setText(getTranslation("oneonone.series.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            Form filled = new Form();
            if (!binder.writeBeanIfValid(filled) || filled.report == null || filled.first == null) {
                return;
            }
            long meeting = service.startSeries(filled.report.id(), filled.cadence, filled.first);
            Notices.success(getTranslation("oneonone.series.started", filled.report.displayName()));
            close();
            onStarted.accept(meeting);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), start);
    }
}
