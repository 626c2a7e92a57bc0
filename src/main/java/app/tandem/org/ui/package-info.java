@NullMarked
package app.tandem.org.ui;

import org.jspecify.annotations.NullMarked;
