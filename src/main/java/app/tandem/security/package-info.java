@NullMarked
package app.tandem.security;

import org.jspecify.annotations.NullMarked;
