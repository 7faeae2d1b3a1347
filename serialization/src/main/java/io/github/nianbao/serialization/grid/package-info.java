/**
 * The table grid that every source of a report feeds: a {@link
 * io.github.nianbao.serialization.grid.Grid} of rows of cells with their origin and spans, and the
 * {@link io.github.nianbao.serialization.grid.GridReader} that fits it to the official tables. A
 * format of one's own (a spreadsheet, a scanned form) builds a grid and gets the SDK's recognition
 * of headings, labels, headers, page furniture, metadata and glued digits, with its diagnostics.
 */
package io.github.nianbao.serialization.grid;
