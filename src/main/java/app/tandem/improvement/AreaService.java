package app.tandem.improvement;

import app.tandem.base.DomainException;
import app.tandem.improvement.domain.Area;
import app.tandem.improvement.domain.AreaRepository;
import app.tandem.security.Roles;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The areas or processes improvements are filed under: everyone picks from the active ones, admins keep the list. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AreaService {

    private final AreaRepository areas;

    AreaService(AreaRepository areas) {
        this.areas = areas;
    }

    public List<AreaRef> active() {
        return areas.findByActiveTrueOrderByName().stream().map(AreaService::toRef).toList();
    }

    /** One area, retired or not, e.g. the one an item is filed under. */
    public AreaRef byId(long id) {
        return areas.findById(id).map(AreaService::toRef).orElseThrow(ImprovementAccess::notFound);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AreaRef> all() {
        return areas.findAllByOrderByName().stream().map(AreaService::toRef).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AreaRef create(String name) {
        String clean = checkName(name, null);
        return toRef(areas.saveAndFlush(new Area(clean)));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AreaRef rename(long id, long version, String name) {
        Area area = load(id, version);
        area.setName(checkName(name, id));
        return toRef(areas.saveAndFlush(area));
    }

    /** Retired areas stay on their items but are no longer offered. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AreaRef setActive(long id, long version, boolean active) {
        Area area = load(id, version);
        area.setActive(active);
        return toRef(areas.saveAndFlush(area));
    }

    private Area load(long id, long version) {
        Area area = areas.findById(id).orElseThrow(ImprovementAccess::notFound);
        if (area.getVersion() != version) {
            throw new OptimisticLockingFailureException("Area changed since it was loaded");
        }
        return area;
    }

    private String checkName(String name, @org.jspecify.annotations.Nullable Long id) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw new DomainException("improvement.area.name-required");
        }
        if (clean.length() > 100) {
            throw new DomainException("improvement.area.name-too-long");
        }
        areas.findByNameIgnoreCase(clean).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DomainException("improvement.area.name-taken", clean);
        });
        return clean;
    }

    private static AreaRef toRef(Area a) {
        return new AreaRef(a.getId(), a.getVersion(), a.getName(), a.isActive());
    }
}
