package io.github.articlekit.parser.internal;

/** The heading comparison of the parser, for the writers that pair list entries with sections. */
public final class Headings {
  private Headings() {}

  /** The loose form in which a body heading is compared with its list entry (see {@link HeadingFold}). */
  public static String looseForm(String heading) {
    return new HeadingFold().fold(heading, 0, heading.length());
  }
}
