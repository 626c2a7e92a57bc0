package app.tandem.performance.ui;

import app.tandem.performance.Period;
import app.tandem.performance.PeriodType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Picks a period: its type (month, quarter, year), then one of the recent periods of that type. */
class PeriodPicker extends HorizontalLayout {

    /** How many periods back and ahead of the current one are offered. */
    static final int BACK = 24;
    static final int AHEAD = 3;

    final Select<PeriodType> type = new Select<>();
    final Select<Period> period = new Select<>();
    private final Period current;
    private final List<Consumer<Period>> listeners = new ArrayList<>();

    PeriodPicker(Component owner, Period current, String idPrefix) {
        this.current = current;
        type.setLabel(owner.getTranslation("perf.period.type"));
        type.setId(idPrefix + "-period-type");
        type.setItems(PeriodType.values());
        type.setItemLabelGenerator(t -> owner.getTranslation("perf.period.type." + t.name()));
        period.setLabel(owner.getTranslation("perf.period"));
        period.setId(idPrefix + "-period");
        period.setItemLabelGenerator(Period::label);
        type.setValue(current.type());
        fill(current.type(), current);
        type.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                Period now = Period.containing(e.getValue(), current.start());
                fill(e.getValue(), now);
            }
        });
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                listeners.forEach(l -> l.accept(e.getValue()));
            }
        });
        type.setWidth("9rem");
        period.setWidth("9rem");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("perf-period-picker");
        add(type, period);
    }

    private void fill(PeriodType t, Period selected) {
        Period now = Period.containing(t, current.start());
        List<Period> items = new ArrayList<>();
        for (int i = -AHEAD; i <= BACK; i++) {
            items.add(now.minus(i));
        }
        if (!items.contains(selected)) {
            items.add(selected);
        }
        period.setItems(items);
        period.setValue(selected);
    }

    Period getValue() {
        return Optional.ofNullable(period.getValue()).orElse(current);
    }

    void setValue(Period value) {
        if (type.getValue() != value.type()) {
            type.setValue(value.type());
        }
        fill(value.type(), value);
    }

    void addPeriodListener(Consumer<Period> listener) {
        listeners.add(listener);
    }

    /** "MONTH:2026-03-01", for addresses. */
    static String key(Period period) {
        return period.type().name() + ":" + period.start();
    }

    static Optional<Period> parse(String key) {
        try {
            String[] parts = key.split(":", 2);
            PeriodType t = PeriodType.valueOf(parts[0]);
            return Optional.of(Period.containing(t, LocalDate.parse(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
