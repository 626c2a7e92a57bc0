@NullMarked
package app.tandem.search.ui;

import org.jspecify.annotations.NullMarked;
