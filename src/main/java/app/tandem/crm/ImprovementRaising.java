package app.tandem.crm;

import app.tandem.improvement.IdeaDraft;
import app.tandem.improvement.ImprovementService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales insight for operations: an improvement idea raised from a deal or an account. The record is loaded
 * in the user's scope first (an unreadable one is "not found") and names itself as the idea's origin, so a
 * view cannot link an idea to a record its user may not read.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ImprovementRaising {

    public static final String DEAL = "DEAL";
    public static final String ACCOUNT = "ACCOUNT";

    private final AccountService accounts;
    private final DealService deals;
    private final ImprovementService improvement;

    ImprovementRaising(AccountService accounts, DealService deals, ImprovementService improvement) {
        this.accounts = accounts;
        this.deals = deals;
        this.improvement = improvement;
    }

    /** Returns the new idea's id. */
    @Transactional
    public long fromAccount(long accountId, IdeaDraft draft) {
        AccountData account = accounts.load(accountId);
        return improvement.submitIdeaFrom(draft, ACCOUNT, accountId, account.name());
    }

    /** Returns the new idea's id. */
    @Transactional
    public long fromDeal(long dealId, IdeaDraft draft) {
        DealData deal = deals.load(dealId);
        String account = accounts.load(deal.accountId()).name();
        return improvement.submitIdeaFrom(draft, DEAL, dealId, deal.name() + " · " + account);
    }
}
