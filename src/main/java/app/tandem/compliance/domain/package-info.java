@NullMarked
package app.tandem.compliance.domain;

import org.jspecify.annotations.NullMarked;
