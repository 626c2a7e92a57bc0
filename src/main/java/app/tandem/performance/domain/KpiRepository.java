package app.tandem.performance.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiRepository extends JpaRepository<Kpi, Long> {

    List<Kpi> findAllByOrderByNameAscIdAsc();

    List<Kpi> findByActiveTrueOrderByNameAscIdAsc();

    Optional<Kpi> findByNameIgnoreCase(String name);
}
