/**
 * Implementation of the text format: reader, writer, and the label matching they share. Not
 * exported; use {@link io.github.nianbao.serialization.text.TextFormat}.
 */
package io.github.nianbao.serialization.internal.text;
