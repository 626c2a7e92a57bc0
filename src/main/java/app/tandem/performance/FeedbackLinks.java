package app.tandem.performance;

import app.tandem.base.Paging;
import app.tandem.crm.AccountFilter;
import app.tandem.crm.AccountService;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealService;
import app.tandem.improvement.ImprovementService;
import app.tandem.improvement.ItemFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Links from feedback (and feedback requests) to an account, deal or improvement item, through the owning
 * features' services: so only records the user may read are found or linked.
 */
@Component
class FeedbackLinks {

    private final AccountService accountService;
    private final DealService dealService;
    private final ImprovementService improvementService;

    FeedbackLinks(AccountService accountService, DealService dealService, ImprovementService improvementService) {
        this.accountService = accountService;
        this.dealService = dealService;
        this.improvementService = improvementService;
    }

    /** Records of a type whose name contains the text, among those I may read, for the link picker. */
    Slice<RecordLink> find(RecordLinkType type, @Nullable String text, Pageable pageable) {
        String clean = text == null || text.isBlank() ? null : text.trim();
        Pageable page = Paging.withSort(pageable, Sort.unsorted());
        return switch (type) {
            case ACCOUNT -> accountService.list(new AccountFilter(clean, null, null, null),
                    Paging.withSort(page, Sort.by("name")))
                    .map(a -> new RecordLink(type, a.id(), a.name()));
            case DEAL -> dealService.list(new DealFilter(clean, null, null, null, null, null),
                    Paging.withSort(page, Sort.by("name")))
                    .map(d -> new RecordLink(type, d.id(), d.name() + " · " + d.accountName()));
            case IMPROVEMENT_ITEM -> improvementService.list(new ItemFilter(clean, null, null, null, null, null,
                    false, null, null), Paging.withSort(page, Sort.by("title")))
                    .map(i -> new RecordLink(type, i.id(), i.title()));
        };
    }

    /** The linked record must exist and be readable by me; its label is taken from the record itself. */
    @Nullable RecordLink checked(@Nullable RecordLink link) {
        if (link == null) {
            return null;
        }
        String label = switch (link.type()) {
            case ACCOUNT -> accountService.load(link.id()).name();
            case DEAL -> dealService.load(link.id()).name();
            case IMPROVEMENT_ITEM -> improvementService.load(link.id()).title();
        };
        return new RecordLink(link.type(), link.id(), label.length() > 200 ? label.substring(0, 200) : label);
    }
}
