@NullMarked
package app.tandem.crm.domain;

import org.jspecify.annotations.NullMarked;
