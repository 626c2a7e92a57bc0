package app.tandem.crm.domain;

import app.tandem.crm.AccountListItem;
import app.tandem.crm.AccountStatus;
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

public interface AccountRepository extends JpaRepository<Account, Long> {

    /** The accounts list: the scope's accounts after the filters; sort keys are a.* properties or o.displayName. */
    String SEARCH = """
            select new app.tandem.crm.AccountListItem(a.id, a.name, a.domain, a.industry, a.city, a.status,
                   a.ownerId, o.displayName, a.teamId)
            from Account a join AppUser o on o.id = a.ownerId
            where (:all = true or a.teamId = :teamId or a.ownerId = :userId)
              and (:text is null or a.name like :text escape '\\' or a.domain like :text escape '\\')
              and (:status is null or a.status = :status)
              and (:ownerId is null or a.ownerId = :ownerId)
              and (:filterTeamId is null or a.teamId = :filterTeamId)
            """;


    /** Every row of the list for an export, fetched in batches (see ExportQuery); read it within a transaction. */
    @Query(SEARCH)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = ExportQuery.FETCH_SIZE))
    Stream<AccountListItem> export(@Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId, @Param("text") @Nullable String text,
            @Param("status") @Nullable AccountStatus status, @Param("ownerId") @Nullable Long ownerId,
            @Param("filterTeamId") @Nullable Long filterTeamId, Sort sort);

    @Query("""
            select a from Account a
            where a.id = :id and (:all = true or a.teamId = :teamId or a.ownerId = :userId)
            """)
    Optional<Account> findReadable(@Param("id") long id, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);

    /**
     * Accounts the user may read with the same domain, or a name that starts like this one (the duplicate
     * check); a record outside the scope is not shown, not even its name.
     */
    @Query("""
            select new app.tandem.crm.DuplicateMatch(a.id, a.name, a.domain, o.displayName,
                   case when (:all = true or a.teamId = :teamId or a.ownerId = :userId) then true else false end)
            from Account a join AppUser o on o.id = a.ownerId
            where (:id is null or a.id <> :id)
              and ((:domain is not null and a.domain = :domain) or a.name like :namePrefix escape '\\')
              and (:all = true or a.teamId = :teamId or a.ownerId = :userId)
            order by a.name, a.id
            """)
    List<DuplicateMatch> findSimilar(@Param("id") @Nullable Long id, @Param("domain") @Nullable String domain,
            @Param("namePrefix") String namePrefix, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId, Pageable pageable);

    /** Accounts with one of these (normalised) domains, whoever may read them: the import's matching. */
    @Query("""
            select new app.tandem.crm.domain.RecordKey(a.id, a.domain, a.ownerId, a.teamId) from Account a
            where a.domain in :domains
            """)
    List<RecordKey> findKeysByDomainIn(@Param("domains") Collection<String> domains);

    /** Accounts with one of these names; the database compares without case, callers compare exactly. */
    @Query("""
            select new app.tandem.crm.domain.RecordKey(a.id, a.name, a.ownerId, a.teamId) from Account a
            where a.name in :names
            """)
    List<RecordKey> findKeysByNameIn(@Param("names") Collection<String> names);

    /** As {@link #findKeysByDomainIn}, among the accounts the scope may read. */
    @Query("""
            select new app.tandem.crm.domain.RecordKey(a.id, a.domain, a.ownerId, a.teamId) from Account a
            where a.domain in :domains and (:all = true or a.teamId = :teamId or a.ownerId = :userId)
            """)
    List<RecordKey> findReadableKeysByDomainIn(@Param("domains") Collection<String> domains,
            @Param("all") boolean all, @Param("userId") long userId, @Param("teamId") @Nullable Long teamId);

    /** As {@link #findKeysByNameIn}, among the accounts the scope may read. */
    @Query("""
            select new app.tandem.crm.domain.RecordKey(a.id, a.name, a.ownerId, a.teamId) from Account a
            where a.name in :names and (:all = true or a.teamId = :teamId or a.ownerId = :userId)
            """)
    List<RecordKey> findReadableKeysByNameIn(@Param("names") Collection<String> names, @Param("all") boolean all,
            @Param("userId") long userId, @Param("teamId") @Nullable Long teamId);

    /** The user's open accounts, for handing them over when the user changes team. */
    @Query("select a from Account a where a.ownerId = :ownerId")
    List<Account> findOpenOwnedBy(@Param("ownerId") long ownerId);

    @Query("select count(a) from Account a where a.ownerId = :ownerId")
    long countOpenOwnedBy(@Param("ownerId") long ownerId);
}
