@NullMarked
package app.tandem.notification.domain;

import org.jspecify.annotations.NullMarked;
