/**
 * Reading and writing tables as CSV or XLSX, row by row, for imports and exports of any feature. Knows nothing of
 * the features: they map columns to their own fields and feed rows page by page.
 */
@NullMarked
package app.tandem.base.io;

import org.jspecify.annotations.NullMarked;
