package app.tandem.crm.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LostReasonRepository extends JpaRepository<LostReason, Long> {

    List<LostReason> findByActiveTrueOrderByName();
}
