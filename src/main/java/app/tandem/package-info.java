@NullMarked
package app.tandem;

import org.jspecify.annotations.NullMarked;
