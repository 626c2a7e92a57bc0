@NullMarked
package app.tandem.base.ui;

import org.jspecify.annotations.NullMarked;
