package app.tandem.home;

import app.tandem.base.SearchHit;
import app.tandem.base.db.FulltextTerms;
import app.tandem.compliance.ComplianceSearch;
import app.tandem.crm.CrmSearch;
import app.tandem.improvement.ImprovementSearch;
import app.tandem.org.PeopleSearch;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search field in the header: asks each feature the user's roles may read for the records matching the text
 * (each feature applies its own record scope) and groups the hits by kind, at most {@link #PER_KIND} each, in a
 * fixed order: accounts, contacts, deals, improvement items, checklist templates, checklist runs, people.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class GlobalSearchService {

    public static final int PER_KIND = 5;

    private final CrmSearch crm;
    private final ImprovementSearch improvement;
    private final ComplianceSearch compliance;
    private final PeopleSearch people;
    private final CurrentUser currentUser;

    GlobalSearchService(CrmSearch crm, ImprovementSearch improvement, ComplianceSearch compliance,
            PeopleSearch people, CurrentUser currentUser) {
        this.crm = crm;
        this.improvement = improvement;
        this.compliance = compliance;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** The groups with hits; none when the text is too short (see {@link #searchable}). */
    public SearchResults search(@Nullable String text) {
        String query = text == null ? "" : text.strip();
        if (!searchable(query)) {
            return new SearchResults(query, List.of());
        }
        List<SearchGroup> groups = new ArrayList<>();
        // every role reads some CRM records, improvement items, runs (their own) and people (themselves)
        add(groups, CrmSearch.ACCOUNT, query, crm::accounts);
        add(groups, CrmSearch.CONTACT, query, crm::contacts);
        add(groups, CrmSearch.DEAL, query, crm::deals);
        add(groups, ImprovementSearch.ITEM, query, improvement::items);
        if (currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COMPLIANCE_OFFICER)) {
            add(groups, ComplianceSearch.TEMPLATE, query, compliance::templates);
        }
        add(groups, ComplianceSearch.RUN, query, compliance::runs);
        add(groups, currentUser.hasRole(Role.ADMIN) ? PeopleSearch.USER : PeopleSearch.PERSON, query,
                people::people);
        return new SearchResults(query, List.copyOf(groups));
    }

    /** 3 characters or more, or a number (a checklist run's, "#7"). */
    static boolean searchable(String text) {
        return FulltextTerms.searchable(text) || text.strip().matches("#?\\d{1,12}");
    }

    private static void add(List<SearchGroup> groups, String kind, String text,
            BiFunction<String, Integer, List<SearchHit>> search) {
        List<SearchHit> hits = search.apply(text, PER_KIND + 1);
        if (!hits.isEmpty()) {
            boolean more = hits.size() > PER_KIND;
            groups.add(new SearchGroup(kind, List.copyOf(more ? hits.subList(0, PER_KIND) : hits), more));
        }
    }
}
