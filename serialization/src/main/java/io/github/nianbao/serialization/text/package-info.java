/**
 * The {@code text} format of the annual report, {@link
 * io.github.nianbao.serialization.text.TextFormat}: the tables as published, written in one
 * canonical layout and read leniently from real published text.
 */
package io.github.nianbao.serialization.text;
