package io.github.articlekit.parser.links;

import java.util.Locale;

/** What became of a cross-link: how many articles its title names. */
public enum LinkStatus {
  /** Exactly one article matches: the link's {@link ResolvedLink#target()}. */
  RESOLVED,
  /** Several articles match: they are the link's {@link ResolvedLink#candidates()}, and it resolves to none. */
  AMBIGUOUS,
  /** No article matches. */
  UNRESOLVED;

  /** @return the status as written in JSON rows: {@code resolved}, {@code ambiguous}, {@code unresolved} */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
