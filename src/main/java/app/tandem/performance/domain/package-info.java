@NullMarked
package app.tandem.performance.domain;

import org.jspecify.annotations.NullMarked;
