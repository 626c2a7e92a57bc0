@NullMarked
package app.tandem.crm;

import org.jspecify.annotations.NullMarked;
