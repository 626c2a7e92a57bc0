/** Running Tandem in production: metrics of its own, retry of Galera certification failures (ADRs 0012, 0013). */
@NullMarked
package app.tandem.base.ops;

import org.jspecify.annotations.NullMarked;
