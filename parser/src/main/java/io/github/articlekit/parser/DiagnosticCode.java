package io.github.articlekit.parser;

/** Stable codes of the parser's diagnostics. New codes may be added in minor releases. */
public enum DiagnosticCode {
  /** A heading of the list does not come back in the body; its section is absent. */
  HEADING_NOT_FOUND,
  /** A heading comes back in the body before a heading listed earlier. */
  HEADING_OUT_OF_ORDER,
  /** A body heading matches its list entry only loosely (case, spacing, quotes, dashes). */
  HEADING_LOOSE_MATCH,
  /** There is no heading list; headings were inferred from short standalone lines. */
  HEADINGS_INFERRED,
  /** A section has a heading and no content. */
  EMPTY_SECTION,
  /** The article has a title and no body at all. */
  NO_BODY,
  /** A line looks like a cross-link but carries no title after its marker. */
  CROSS_LINK_WITHOUT_TITLE;
}
