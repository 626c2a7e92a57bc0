@NullMarked
package app.tandem.base;

import org.jspecify.annotations.NullMarked;
