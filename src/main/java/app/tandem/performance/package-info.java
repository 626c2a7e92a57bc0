@NullMarked
package app.tandem.performance;

import org.jspecify.annotations.NullMarked;
