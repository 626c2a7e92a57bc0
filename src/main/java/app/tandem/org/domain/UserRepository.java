package app.tandem.org.domain;

import app.tandem.org.UserRef;
import app.tandem.security.Role;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    /** The user's team id, without loading the user (asked on every CRM list call for the record scope). */
    @Query("select u.securityStamp from AppUser u where u.id = :id")
    Optional<String> findSecurityStamp(@Param("id") long id);

    @Query("select t.id from AppUser u join u.team t where u.id = :id")
    Optional<Long> findTeamId(@Param("id") long id);

    boolean existsByUsername(String username);

    /** Locks the active holders of a role (SELECT ... FOR UPDATE), so two concurrent changes see each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u.id from AppUser u where u.active = true and :role member of u.roles")
    List<Long> lockActiveHolders(@Param("role") Role role);

    /** A page of the users list; sort keys are u.* properties or t.name (team). */
    @Query("""
            select new app.tandem.org.domain.UserRow(u.id, u.username, u.displayName, u.email, t.name, u.active,
                   u.lockedUntil)
            from AppUser u left join u.team t
            where (:text is null or u.username like :text escape '\\' or u.displayName like :text escape '\\'
                   or u.email like :text escape '\\')
              and (:teamId is null or t.id = :teamId)
              and (:active is null or u.active = :active)
              and (:role is null or :role member of u.roles)
            """)
    Slice<UserRow> search(@Param("text") @Nullable String text, @Param("teamId") @Nullable Long teamId,
            @Param("active") @Nullable Boolean active, @Param("role") @Nullable Role role, Pageable pageable);

    @Query("select new app.tandem.org.UserRef(u.id, u.username, u.displayName) from AppUser u where u.username in :usernames")
    List<UserRef> findRefsByUsernameIn(@Param("usernames") Collection<String> usernames);

    @Query("select u.id, r from AppUser u join u.roles r where u.id in :ids")
    List<Object[]> rolesOf(@Param("ids") Collection<Long> ids);

    @Query("""
            select new app.tandem.org.UserRef(u.id, u.username, u.displayName) from AppUser u
            where u.active = true
              and (:text is null or u.username like :text escape '\\' or u.displayName like :text escape '\\')
            order by u.displayName, u.id
            """)
    Slice<UserRef> findActiveRefs(@Param("text") @Nullable String text, Pageable pageable);

    @Query("""
            select new app.tandem.org.UserRef(u.id, u.username, u.displayName) from AppUser u
            where u.team.id = :teamId order by u.displayName, u.id
            """)
    List<UserRef> membersOf(@Param("teamId") long teamId);

    @Query("select u from AppUser u where u.team.id = :teamId")
    List<AppUser> findByTeamId(@Param("teamId") long teamId);

    // Lockout bookkeeping uses bulk updates: they do not bump @Version, so a failed login never makes an
    // administrator's open edit of that user fail as a conflict.

    @Modifying
    @Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
    int countFailedLogin(@Param("username") String username);

    @Modifying
    @Query("""
            update AppUser u set u.failedLogins = 0, u.lockedUntil = :until
            where u.username = :username and u.failedLogins >= :maxFailures
            """)
    int lockIfTooManyFailures(@Param("username") String username, @Param("maxFailures") int maxFailures,
            @Param("until") Instant until);

    @Modifying
    @Query("""
            update AppUser u set u.failedLogins = 0, u.lockedUntil = null
            where u.username = :username and (u.failedLogins > 0 or u.lockedUntil is not null)
            """)
    int resetFailedLogins(@Param("username") String username);

    /** Takes a TOTP time step once: 0 when that step or a later one was already used (a replayed code). */
    @Modifying
    @Query("""
            update AppUser u set u.totpLastStep = :step
            where u.id = :id and (u.totpLastStep is null or u.totpLastStep < :step)
            """)
    int takeTotpStep(@Param("id") long id, @Param("step") long step);
}
