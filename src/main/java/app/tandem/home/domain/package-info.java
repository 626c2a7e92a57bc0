@NullMarked
package app.tandem.home.domain;

import org.jspecify.annotations.NullMarked;
