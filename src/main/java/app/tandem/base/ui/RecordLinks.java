package app.tandem.base.ui;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Where a record of any feature opens, asked of the features' {@link RecordLinkContributor}s. */
@Component
public class RecordLinks {

    private final List<RecordLinkContributor> contributors;

    RecordLinks(List<RecordLinkContributor> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    /** The URL of the record's page, or empty when no feature knows the type (then show the label only). */
    public Optional<String> urlOf(String recordType, long id) {
        return contributors.stream().map(c -> c.urlOf(recordType, id)).flatMap(Optional::stream).findFirst();
    }
}
