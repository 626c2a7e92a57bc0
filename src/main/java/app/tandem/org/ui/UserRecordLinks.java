package app.tandem.org.ui;

import app.tandem.base.ui.RecordLinkContributor;
import app.tandem.org.PeopleSearch;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where a user's administration page opens, for links from other features (e.g. the global search). */
@Component
class UserRecordLinks implements RecordLinkContributor {

    @Override
    public Optional<String> urlOf(String recordType, long id) {
        return PeopleSearch.USER.equals(recordType)
                ? Optional.of(RouteConfiguration.forSessionScope().getUrl(UsersView.class,
                        UsersView.parameters(Long.toString(id))))
                : Optional.empty();
    }
}
