@NullMarked
package app.tandem.notification;

import org.jspecify.annotations.NullMarked;
