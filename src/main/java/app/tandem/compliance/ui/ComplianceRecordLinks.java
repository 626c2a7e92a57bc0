package app.tandem.compliance.ui;

import app.tandem.base.ui.RecordLinkContributor;
import app.tandem.compliance.ComplianceSearch;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where checklist templates and runs open, for links from other features (e.g. the global search). */
@Component
class ComplianceRecordLinks implements RecordLinkContributor {

    @Override
    public Optional<String> urlOf(String recordType, long id) {
        RouteParameters parameters = new RouteParameters("id", Long.toString(id));
        return switch (recordType) {
            case ComplianceSearch.TEMPLATE ->
                Optional.of(RouteConfiguration.forSessionScope().getUrl(TemplateEditorView.class, parameters));
            case ComplianceSearch.RUN ->
                Optional.of(RouteConfiguration.forSessionScope().getUrl(RunPage.class, parameters));
            default -> Optional.empty();
        };
    }
}
