package app.tandem.crm.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DealStageChangeRepository extends JpaRepository<DealStageChange, Long> {

    List<DealStageChange> findByDealIdOrderByChangedAtDescIdDesc(long dealId);
}
