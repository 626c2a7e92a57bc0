@NullMarked
package app.tandem.base.db;

import org.jspecify.annotations.NullMarked;
