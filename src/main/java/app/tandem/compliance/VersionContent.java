package app.tandem.compliance;

import java.util.List;
import java.util.stream.Stream;

/** The content of one template version: its sections with their items, in order. */
public record VersionContent(long id, long templateId, String templateName, int number, VersionStatus status,
        int passMark, List<Section> sections) {

    public record Section(long id, String title, List<TemplateItemData> items) {
    }

    public Stream<TemplateItemData> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }
}
