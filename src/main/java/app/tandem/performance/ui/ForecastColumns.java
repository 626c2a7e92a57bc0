package app.tandem.performance.ui;

import app.tandem.performance.ForecastRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;

/** The columns of a forecast-vs-target grid: won, weighted open pipeline by category, target, forecast %. */
final class ForecastColumns {

    private ForecastColumns() {
    }

    static void add(Grid<ForecastRow> grid, Component owner, Figures figures) {
        grid.addColumn(r -> figures.money(r.won())).setHeader(owner.getTranslation("perf.forecast.won"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> figures.money(r.open().commit())).setHeader(owner.getTranslation("perf.forecast.commit"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> figures.money(r.open().bestCase()))
                .setHeader(owner.getTranslation("perf.forecast.best-case")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> figures.money(r.open().pipeline()))
                .setHeader(owner.getTranslation("perf.forecast.pipeline")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.target() == null ? "–" : figures.money(r.target()))
                .setHeader(owner.getTranslation("perf.target")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> figures.money(r.forecast())).setHeader(owner.getTranslation("perf.forecast.forecast"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> figures.percent(r.forecastPercent()))
                .setHeader(owner.getTranslation("perf.forecast.percent")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
