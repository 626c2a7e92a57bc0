package app.tandem.performance.ui;

import app.tandem.performance.Metric;
import app.tandem.performance.MetricRef;
import app.tandem.performance.Score;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;

/** How performance figures read: metric names, values in their unit, attainment with its colour. */
final class Figures {

    private final Component owner;
    private final String currency;

    Figures(Component owner, String currency) {
        this.owner = owner;
        this.currency = currency;
    }

    String name(MetricRef metric) {
        return metric.metric().builtIn() ? owner.getTranslation("perf.metric." + metric.metric().name())
                : metric.kpiName();
    }

    /** The metric's name with its unit, e.g. "Revenue won (EUR)". */
    String nameWithUnit(MetricRef metric) {
        String unit = unit(metric);
        return unit.isEmpty() ? name(metric) : name(metric) + " (" + unit + ")";
    }

    String unit(MetricRef metric) {
        return switch (metric.metric()) {
            case REVENUE_WON -> currency;
            case WIN_RATE -> "%";
            case KPI -> metric.unit();
            default -> "";
        };
    }

    String value(MetricRef metric, @Nullable BigDecimal value) {
        if (value == null) {
            return "–";
        }
        int decimals = metric.metric() == Metric.WIN_RATE ? 1 : metric.metric() == Metric.KPI ? 2 : 0;
        return number(value, decimals, metric.metric() == Metric.KPI);
    }

    String number(BigDecimal value, int decimals, boolean trimZeros) {
        NumberFormat format = NumberFormat.getNumberInstance(java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()).map(com.vaadin.flow.component.UI::getLocale)
                .orElse(java.util.Locale.ENGLISH));
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(trimZeros ? 0 : decimals);
        return format.format(value);
    }

    String money(BigDecimal value) {
        return number(value, 0, false) + " " + currency;
    }

    String percent(@Nullable BigDecimal value) {
        return value == null ? "–" : number(value, 1, false) + " %";
    }

    /** "75.0 %" coloured by attainment, "✓" for a met target without a ratio, "–" without a target. */
    Span attainment(Score score) {
        Span badge = new Span();
        badge.addClassName("perf-attainment");
        if (score.attainment() != null) {
            badge.setText(percent(score.attainment()));
            badge.addClassName(score.met() ? "perf-met" : score.attainment().compareTo(BigDecimal.valueOf(80)) >= 0
                    ? "perf-near" : "perf-behind");
        } else if (score.met()) {
            badge.setText("✓");
            badge.addClassName("perf-met");
            badge.getElement().setAttribute("title", owner.getTranslation("perf.attainment.met"));
        } else {
            badge.setText("–");
        }
        return badge;
    }

    /** "1,500 / 2,000" (actual / target), or the actual alone without a target. */
    String actualOfTarget(Score score) {
        String actual = value(score.metric(), score.actual());
        if (score.target() == null) {
            return actual;
        }
        return actual + " / " + value(score.metric(), score.target()) + (score.targetRolledUp() ? " Σ" : "");
    }
}
