@NullMarked
package app.tandem.improvement;

import org.jspecify.annotations.NullMarked;
