package app.tandem.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's part of the header (left of the colour-scheme switch), such as the global search or the
 * notification bell. The bean is a singleton; {@link #create()} makes a new component for each page frame.
 */
public interface HeaderContributor {

    /** Position in the header, lower first. */
    int order();

    /** A new component for one UI; called on the UI thread with the user logged in. */
    Component create();
}
