@NullMarked
package app.tandem.home;

import org.jspecify.annotations.NullMarked;
