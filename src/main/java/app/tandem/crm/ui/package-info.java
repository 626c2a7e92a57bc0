@NullMarked
package app.tandem.crm.ui;

import org.jspecify.annotations.NullMarked;
