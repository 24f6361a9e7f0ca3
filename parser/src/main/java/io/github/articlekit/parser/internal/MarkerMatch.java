package io.github.articlekit.parser.internal;

/**
 * A cross-link marker found at the start of a line.
 *
 * @param labelEnd offset just past the marker
 * @param titleStart offset of the title's first character, or -1 when nothing follows the separator
 */
public record MarkerMatch(int labelEnd, int titleStart) {}
