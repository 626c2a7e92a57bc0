package app.tandem.crm;

import app.tandem.crm.domain.AccountRepository;
import app.tandem.crm.domain.ActivityRepository;
import app.tandem.crm.domain.ContactRepository;
import app.tandem.crm.domain.DealRepository;
import app.tandem.crm.domain.OwnedEntity;
import app.tandem.org.OpenRecords;
import app.tandem.org.TeamMove;
import app.tandem.org.TeamMoveParticipant;
import app.tandem.security.Roles;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CRM's part when an admin moves a user to another team: the user's accounts, contacts, open deals and planned
 * activities get the new owner and team one entity at a time (history and versions kept), so the team's scope
 * follows. Won or lost deals and done or cancelled activities stay with the team where the work was done.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
@Transactional(readOnly = true)
public class CrmTeamMove implements TeamMoveParticipant {

    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final DealRepository deals;
    private final ActivityRepository activities;

    CrmTeamMove(AccountRepository accounts, ContactRepository contacts, DealRepository deals,
            ActivityRepository activities) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.deals = deals;
        this.activities = activities;
    }

    @Override
    public List<OpenRecords> openRecordsOf(long userId) {
        return List.of(new OpenRecords("crm.team-move.accounts", accounts.countOpenOwnedBy(userId)),
                new OpenRecords("crm.team-move.contacts", contacts.countOpenOwnedBy(userId)),
                new OpenRecords("crm.team-move.deals", deals.countOpenOwnedBy(userId)),
                new OpenRecords("crm.team-move.activities", activities.countOpenOwnedBy(userId)));
    }

    @Override
    @Transactional
    public void moveRecords(TeamMove move) {
        long userId = move.userId();
        Stream.of(accounts.findOpenOwnedBy(userId), contacts.findOpenOwnedBy(userId), deals.findOpenOwnedBy(userId),
                activities.findOpenOwnedBy(userId))
                .flatMap(List::stream)
                .forEach((OwnedEntity record) -> record.assignTo(move.ownerAfter(), move.teamAfter()));
    }
}
