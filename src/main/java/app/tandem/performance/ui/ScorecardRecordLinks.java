package app.tandem.performance.ui;

import app.tandem.base.ui.RecordLinkContributor;
import app.tandem.org.PeopleSearch;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A person opens on their scorecard, for links from other features (e.g. people found by the global search). */
@Component
class ScorecardRecordLinks implements RecordLinkContributor {

    @Override
    public Optional<String> urlOf(String recordType, long id) {
        return PeopleSearch.PERSON.equals(recordType)
                ? Optional.of(RouteConfiguration.forSessionScope().getUrl(ScorecardView.class, id))
                : Optional.empty();
    }
}
