@NullMarked
package app.tandem.notification.ui;

import org.jspecify.annotations.NullMarked;
