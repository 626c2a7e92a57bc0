package app.tandem.crm;

import app.tandem.base.DomainException;
import app.tandem.crm.domain.Contact;
import app.tandem.crm.domain.ContactRepository;
import app.tandem.crm.domain.Deal;
import app.tandem.crm.domain.DealRepository;
import app.tandem.crm.domain.Scope;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's contacts and their roles (the deal page's Contacts tab). Record scope as for the deal: the user reads
 * the deal and the contacts in their scope, and changes them only where they may change the deal.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class DealContactService {

    private final DealRepository deals;
    private final ContactRepository contacts;
    private final CrmAccess access;

    DealContactService(DealRepository deals, ContactRepository contacts, CrmAccess access) {
        this.deals = deals;
        this.contacts = contacts;
        this.access = access;
    }

    /**
     * The deal's contacts the user may read: the primary contact first, then by role and name. A contact has a
     * role, or is only the primary contact (role null).
     */
    public List<DealContact> contacts(long dealId) {
        Deal deal = readable(dealId);
        Map<Long, ContactRole> roles = deal.getContacts();
        Set<Long> ids = new HashSet<>(roles.keySet());
        if (deal.getPrimaryContactId() != null) {
            ids.add(deal.getPrimaryContactId());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Scope scope = access.readScope();
        return contacts.findReadable(ids, scope.all(), scope.userId(), scope.teamId()).stream()
                .map(c -> new DealContact(c.getId(), c.fullName(), c.getJobTitle(), c.getEmail(), roles.get(c.getId()),
                        Objects.equals(c.getId(), deal.getPrimaryContactId())))
                .sorted(Comparator.comparing((DealContact c) -> !c.primary())
                        .thenComparing(c -> c.role() == null ? Integer.MAX_VALUE : c.role().ordinal())
                        .thenComparing(DealContact::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Adds a contact of the deal's account with a role; the first contact of a deal without a primary contact
     * becomes its primary contact. {@code version} is the deal's version the user saw.
     */
    @Transactional
    public DealData addContact(long dealId, long version, long contactId, ContactRole role) {
        Deal deal = changeable(dealId, version);
        if (deal.getContacts().containsKey(contactId)) {
            throw new DomainException("deal.contact.already-added");
        }
        checkContactOfAccount(contactId, deal.getAccountId());
        deal.setContactRole(contactId, role);
        if (deal.getPrimaryContactId() == null) {
            deal.setPrimaryContactId(contactId);
        }
        return DealService.toData(deals.saveAndFlush(deal));
    }

    /** Gives a contact of the deal another role (also the primary contact, if it had none). */
    @Transactional
    public DealData changeContactRole(long dealId, long version, long contactId, ContactRole role) {
        Deal deal = changeable(dealId, version);
        requireOnDeal(deal, contactId);
        deal.setContactRole(contactId, role);
        return DealService.toData(deals.saveAndFlush(deal));
    }

    /** Makes one of the deal's contacts its primary contact. */
    @Transactional
    public DealData makePrimaryContact(long dealId, long version, long contactId) {
        Deal deal = changeable(dealId, version);
        requireOnDeal(deal, contactId);
        deal.setPrimaryContactId(contactId);
        return DealService.toData(deals.saveAndFlush(deal));
    }

    /** Takes a contact off the deal (the contact itself stays); removing the primary contact leaves none. */
    @Transactional
    public DealData removeContact(long dealId, long version, long contactId) {
        Deal deal = changeable(dealId, version);
        requireOnDeal(deal, contactId);
        deal.removeContact(contactId);
        return DealService.toData(deals.saveAndFlush(deal));
    }

    private Deal changeable(long dealId, long version) {
        Deal deal = readable(dealId);
        access.checkEdit(deal);
        if (deal.getVersion() != version) {
            throw new OptimisticLockingFailureException("Deal changed since it was loaded");
        }
        return deal;
    }

    private static void requireOnDeal(Deal deal, long contactId) {
        if (!deal.getContacts().containsKey(contactId) && !Objects.equals(deal.getPrimaryContactId(), contactId)) {
            throw new DomainException("deal.contact.not-on-deal");
        }
    }

    private void checkContactOfAccount(long contactId, long accountId) {
        checkContactOfAccount(contacts, access, contactId, accountId);
    }

    /** The contact must be one the user may read, at the deal's account (also the deal form's primary one). */
    static void checkContactOfAccount(ContactRepository contacts, CrmAccess access, long contactId, long accountId) {
        Scope scope = access.readScope();
        Contact contact = contacts.findReadable(contactId, scope.all(), scope.userId(), scope.teamId())
                .orElseThrow(CrmAccess::notFound);
        if (!Objects.equals(contact.getAccountId(), accountId)) {
            throw new DomainException("deal.contact.other-account");
        }
    }

    private Deal readable(long id) {
        Scope scope = access.readScope();
        return deals.findReadable(id, scope.all(), scope.userId(), scope.teamId()).orElseThrow(CrmAccess::notFound);
    }
}
