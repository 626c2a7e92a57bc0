@NullMarked
package app.tandem.improvement.domain;

import org.jspecify.annotations.NullMarked;
