package app.tandem.home.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which dashboard tiles each user has hidden: one row per user and hidden tile. */
@Repository
public class DashboardHiddenTiles {

    private final JdbcClient jdbc;

    DashboardHiddenTiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> of(long userId) {
        return new LinkedHashSet<>(jdbc.sql("select tile from dashboard_tile_hidden where user_id = :user order by tile")
                .param("user", userId).query(String.class).list());
    }

    /** Hides the tile for the user; hiding a hidden tile again changes nothing. */
    public void hide(long userId, String tile) {
        jdbc.sql("insert into dashboard_tile_hidden (user_id, tile) select :user, :tile from dual where not exists"
                + " (select 1 from dashboard_tile_hidden where user_id = :user and tile = :tile)")
                .param("user", userId).param("tile", tile).update();
    }

    public void show(long userId, String tile) {
        jdbc.sql("delete from dashboard_tile_hidden where user_id = :user and tile = :tile")
                .param("user", userId).param("tile", tile).update();
    }

    public void showAll(long userId) {
        jdbc.sql("delete from dashboard_tile_hidden where user_id = :user").param("user", userId).update();
    }
}
