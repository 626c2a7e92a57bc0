@NullMarked
package app.tandem.org.domain;

import org.jspecify.annotations.NullMarked;
