@NullMarked
package app.tandem.performance.ui;

import org.jspecify.annotations.NullMarked;
