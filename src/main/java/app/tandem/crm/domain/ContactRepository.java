package app.tandem.crm.domain;

import app.tandem.crm.ContactListItem;
import app.tandem.crm.DuplicateMatch;
import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByEmail(String email);

    /** Contacts with one of these (lower-case) emails, whoever may read them: the import's matching. */
    @Query("""
            select new app.tandem.crm.domain.RecordKey(c.id, c.email, c.ownerId, c.teamId) from Contact c
            where c.email in :emails
            """)
    List<RecordKey> findKeysByEmailIn(@Param("emails") Collection<String> emails);

    /** The contacts list: the scope's contacts after the filters. */
    String SEARCH = """
            select new app.tandem.crm.ContactListItem(c.id, c.firstName, c.lastName, c.email, c.phone, c.jobTitle,
                   c.accountId, a.name, c.ownerId, o.displayName)
            from Contact c join AppUser o on o.id = c.ownerId
                 left join Account a on a.id = c.accountId
            where (:all = true or c.teamId = :teamId or c.ownerId = :userId)
              and (:text is null or c.lastName like :text escape '\\' or c.firstName like :text escape '\\'
                   or c.email like :text escape '\\')
              and (:accountId is null or c.accountId = :accountId)
              and (:ownerId is null or c.ownerId = :ownerId)
              and (:filterTeamId is null or c.teamId = :filterTeamId)
            """;


    /** Every row of the list for an export, fetched in batches (see ExportQuery); read it within a transaction. */
    @Query(SEARCH)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = ExportQuery.FETCH_SIZE))
    Stream<ContactListItem> export(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId, @Param("text") @Nullable String text,
            @Param("accountId") @Nullable Long accountId, @Param("ownerId") @Nullable Long ownerId,
            @Param("filterTeamId") @Nullable Long filterTeamId, Sort sort);

    @Query("""
            select c from Contact c
            where c.id = :id and (:all = true or c.teamId = :teamId or c.ownerId = :userId)
            """)
    Optional<Contact> findReadable(@Param("id") long id, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);

    /**
     * Contacts the user may read with this (normalised) email, except the given one: the duplicate warning;
     * a contact outside the scope is not shown.
     */
    @Query("""
            select new app.tandem.crm.DuplicateMatch(c.id,
                   case when c.firstName is null or c.firstName = '' then c.lastName
                        else concat(c.firstName, ' ', c.lastName) end,
                   a.name, o.displayName,
                   case when (:all = true or c.teamId = :teamId or c.ownerId = :userId) then true else false end)
            from Contact c join AppUser o on o.id = c.ownerId left join Account a on a.id = c.accountId
            where c.email = :email and (:ownId is null or c.id <> :ownId)
              and (:all = true or c.teamId = :teamId or c.ownerId = :userId)
            order by c.lastName, c.firstName, c.id
            """)
    List<DuplicateMatch> findByEmailExcept(@Param("email") String email, @Param("ownId") @Nullable Long ownId,
            @Param("all") boolean all, @Param("userId") long userId, @Param("teamId") @Nullable Long teamId,
            Pageable pageable);

    @Query("""
            select count(c) from Contact c
            where c.accountId = :accountId and (:all = true or c.teamId = :teamId or c.ownerId = :userId)
            """)
    long countOfAccount(@Param("accountId") long accountId, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);

    /** The contacts with these ids that the scope may read. */
    @Query("""
            select c from Contact c
            where c.id in :ids and (:all = true or c.teamId = :teamId or c.ownerId = :userId)
            """)
    List<Contact> findReadable(@Param("ids") Collection<Long> ids, @Param("all") boolean all,
            @Param("userId") long userId, @Param("teamId") @Nullable Long teamId);

    /** The account's contacts as entities, to move them one by one (history and version kept). */
    List<Contact> findByAccountId(long accountId);

    /** The user's open contacts, for handing them over when the user changes team. */
    @Query("select c from Contact c where c.ownerId = :ownerId")
    List<Contact> findOpenOwnedBy(@Param("ownerId") long ownerId);

    @Query("select count(c) from Contact c where c.ownerId = :ownerId")
    long countOpenOwnedBy(@Param("ownerId") long ownerId);
}
