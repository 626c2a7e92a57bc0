package app.tandem.crm.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByEmail(String email);

    @Query("""
            select c from Contact c
            where c.id = :id and (:all = true or c.teamId = :teamId or c.ownerId = :userId)
            """)
    Optional<Contact> findReadable(@Param("id") long id, @Param("all") boolean all, @Param("userId") long userId,
            @Param("teamId") @Nullable Long teamId);
}
