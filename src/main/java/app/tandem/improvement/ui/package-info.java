@NullMarked
package app.tandem.improvement.ui;

import org.jspecify.annotations.NullMarked;
