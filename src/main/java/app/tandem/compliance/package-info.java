@NullMarked
package app.tandem.compliance;

import org.jspecify.annotations.NullMarked;
