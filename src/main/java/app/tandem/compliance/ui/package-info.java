@NullMarked
package app.tandem.compliance.ui;

import org.jspecify.annotations.NullMarked;
