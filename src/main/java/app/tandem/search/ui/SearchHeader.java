package app.tandem.search.ui;

import app.tandem.base.ui.HeaderContributor;
import app.tandem.base.ui.RecordLinks;
import app.tandem.search.GlobalSearchService;
import com.vaadin.flow.component.Component;

/** Puts the global search into the header, first of the features' parts (Ctrl+K or Cmd+K opens it). */
@org.springframework.stereotype.Component
class SearchHeader implements HeaderContributor {

    private final GlobalSearchService searchService;
    private final RecordLinks recordLinks;

    SearchHeader(GlobalSearchService searchService, RecordLinks recordLinks) {
        this.searchService = searchService;
        this.recordLinks = recordLinks;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        return new GlobalSearch(searchService, recordLinks);
    }
}
