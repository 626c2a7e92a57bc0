@NullMarked
package app.tandem.home.ui;

import org.jspecify.annotations.NullMarked;
