package app.tandem.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.base.ui.EChart.Series;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EChartTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_bar_chart_option_holds_the_categories_and_the_values_of_each_series() {
        ObjectNode option = EChart.barOption(List.of("Q1", "Q2", "Q3"),
                List.of(Series.bar("Won", List.of(3, 5, 8)), Series.line("Target", List.of(4.5, 4.5, 6.25))));

        JsonNode parsed = JSON.readTree(chartWith(option).getOptionJson());

        assertThat(texts(parsed.path("xAxis").path("data"))).containsExactly("Q1", "Q2", "Q3");
        JsonNode series = parsed.path("series");
        assertThat(series).hasSize(2);
        assertThat(series.get(0).path("name").asString()).isEqualTo("Won");
        assertThat(series.get(0).path("type").asString()).isEqualTo("bar");
        assertThat(numbers(series.get(0).path("data"))).containsExactly(3.0, 5.0, 8.0);
        assertThat(series.get(1).path("type").asString()).isEqualTo("line");
        assertThat(numbers(series.get(1).path("data"))).containsExactly(4.5, 4.5, 6.25);
        assertThat(parsed.has("legend")).isTrue();
    }

    @Test
    void one_series_needs_no_legend() {
        ObjectNode option = EChart.barOption(List.of("A"), List.of(Series.bar("Only", List.of(1))));

        assertThat(option.has("legend")).isFalse();
    }

    @Test
    void a_category_with_quotes_and_script_tags_stays_a_plain_json_string() {
        String nasty = "He said \"hi\" </script><script>alert('x')</script> \\ end";
        ObjectNode option = EChart.barOption(List.of(nasty, "plain"), List.of(Series.bar("S\"1", List.of(1, 2))));

        JsonNode parsed = JSON.readTree(chartWith(option).getOptionJson());

        assertThat(texts(parsed.path("xAxis").path("data"))).containsExactly(nasty, "plain");
        assertThat(parsed.path("series").get(0).path("name").asString()).isEqualTo("S\"1");
        assertThat(parsed.path("series").get(0).path("data")).hasSize(2);
    }

    @Test
    void changing_an_option_after_setting_it_does_not_change_the_chart() {
        ObjectNode option = EChart.barOption(List.of("A"), List.of(Series.bar("S", List.of(1))));
        EChart chart = chartWith(option);

        option.putObject("title").put("text", "changed later");

        assertThat(JSON.readTree(chart.getOptionJson()).has("title")).isFalse();
    }

    private static EChart chartWith(ObjectNode option) {
        EChart chart = new EChart();
        chart.setOption(option);
        return chart;
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        return array.valueStream().map(n -> {
            assertThat(n.isString()).as("%s is a JSON string", n).isTrue();
            return n.asString();
        }).toList();
    }

    private static List<Double> numbers(JsonNode array) {
        return array.valueStream().map(n -> {
            assertThat(n.isNumber()).as("%s is a JSON number", n).isTrue();
            return n.asDouble();
        }).toList();
    }
}
