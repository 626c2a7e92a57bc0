package app.tandem.base.ui;

import java.util.List;

/** Each feature's {@code *Navigation} bean says which of its views belong in the side navigation. */
public interface NavigationContributor {

    List<NavigationEntry> entries();
}
