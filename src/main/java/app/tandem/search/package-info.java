@NullMarked
package app.tandem.search;

import org.jspecify.annotations.NullMarked;
