package app.tandem.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart, loaded from the echarts webjar at runtime (no npm bundle). The option is
 * built as JSON with Jackson, so user data is never concatenated into script. A click on a data point
 * reaches the listeners with its name.
 */
public class EChart extends Div {

    static final String SCRIPT = "context://webjars/echarts/5.5.0/echarts.min.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ObjectNode option = JSON.createObjectNode();
    private final List<Consumer<String>> clickListeners = new ArrayList<>();

    public EChart() {
        addClassName("echart");
        setWidthFull();
        setHeight("320px");
    }

    /** A new, empty option object to fill in. */
    public static ObjectNode newOption() {
        return JSON.createObjectNode();
    }

    /** A bar chart of one or more series over the categories. */
    public static ObjectNode barOption(List<String> categories, List<Series> series) {
        ObjectNode option = newOption();
        option.putObject("tooltip").put("trigger", "axis");
        if (series.size() > 1) {
            option.putObject("legend");
        }
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 8).put("bottom", 8);
        categories.forEach(option.putObject("xAxis").put("type", "category").putArray("data")::add);
        option.putObject("yAxis").put("type", "value");
        var seriesArray = option.putArray("series");
        for (Series s : series) {
            ObjectNode node = seriesArray.addObject().put("type", s.type()).put("name", s.name());
            var data = node.putArray("data");
            s.values().forEach(v -> data.add(new BigDecimal(v.toString())));
        }
        return option;
    }

    public record Series(String name, String type, List<? extends Number> values) {

        public static Series bar(String name, List<? extends Number> values) {
            return new Series(name, "bar", values);
        }

        public static Series line(String name, List<? extends Number> values) {
            return new Series(name, "line", values);
        }
    }

    public void setOption(ObjectNode option) {
        this.option = option.deepCopy();
        getUI().ifPresent(ui -> render());
    }

    /** The option as JSON, as it is sent to the browser. */
    public String getOptionJson() {
        return JSON.writeValueAsString(option);
    }

    public void addPointClickListener(Consumer<String> listener) {
        clickListeners.add(listener);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(SCRIPT);
        render();
    }

    private void render() {
        getElement().executeJs("""
                const el = this;
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const dark = document.documentElement.getAttribute('theme') === 'dark'
                      || getComputedStyle(document.documentElement).colorScheme === 'dark';
                  if (!el.$chart) {
                    el.$chart = echarts.init(el, dark ? 'dark' : null);
                    el.$chart.on('click', p => el.$server.pointClicked(String(p.name)));
                    new ResizeObserver(() => el.$chart && el.$chart.resize()).observe(el);
                  }
                  el.$chart.setOption(JSON.parse($0), true);
                };
                draw();
                """, getOptionJson());
    }

    @ClientCallable
    private void pointClicked(String name) {
        clickListeners.forEach(l -> l.accept(name));
    }
}
