@NullMarked
package app.tandem.org;

import org.jspecify.annotations.NullMarked;
