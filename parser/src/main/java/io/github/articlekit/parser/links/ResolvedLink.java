package io.github.articlekit.parser.links;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cross-link and the article it names.
 *
 * @param source the identifier of the article the link is in
 * @param position the link's place among its article's cross-links, from 0, in the order of the text
 * @param section the heading of the section the link is in; empty for a link in the lead
 * @param label the marker as written, e.g. {@code LIRE AUSSI}
 * @param title the title the link names, as written
 * @param status how many articles match
 * @param target the identifier of the one article that matches; present only when {@link LinkStatus#RESOLVED}
 * @param candidates the identifiers of the articles that match, in sorted order; not empty only when
 *     {@link LinkStatus#AMBIGUOUS} (at most the resolver's {@code maxCandidates})
 * @param self whether the link resolves to the article it is in
 */
public record ResolvedLink(String source, int position, Optional<String> section, String label, String title,
    LinkStatus status, Optional<String> target, List<String> candidates, boolean self) {

  private static final JsonFactory JSON = new JsonFactory();

  /** Checks that the target, the candidates and the self flag agree with the status. */
  public ResolvedLink {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(target, "target");
    candidates = List.copyOf(candidates);
    if (target.isPresent() != (status == LinkStatus.RESOLVED)) {
      throw new IllegalArgumentException("a target goes with the status resolved only, not " + status);
    }
    if (candidates.isEmpty() == (status == LinkStatus.AMBIGUOUS)) {
      throw new IllegalArgumentException("candidates go with the status ambiguous only, not " + status);
    }
    if (self && !target.equals(Optional.of(source))) {
      throw new IllegalArgumentException("a self link resolves to its source");
    }
  }

  /**
   * The link as one line of JSON, without a line break:
   * {@code {"source":"a.txt","section":"...","label":"LIRE AUSSI","title":"...","status":"resolved","target":"b.txt"}}.
   * {@code section} is left out for a link in the lead, {@code target} unless resolved, {@code candidates}
   * unless ambiguous, {@code "self":true} unless the link resolves to its own article; {@code position} is
   * left out, as the rows come in order.
   *
   * @return the JSON text
   */
  public String toJson() {
    StringWriter out = new StringWriter(128 + title.length());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      if (section.isPresent()) {
        json.writeStringField("section", section.get());
      }
      json.writeStringField("label", label);
      json.writeStringField("title", title);
      json.writeStringField("status", status.toString());
      if (target.isPresent()) {
        json.writeStringField("target", target.get());
      }
      if (!candidates.isEmpty()) {
        json.writeArrayFieldStart("candidates");
        for (String candidate : candidates) {
          json.writeString(candidate);
        }
        json.writeEndArray();
      }
      if (self) {
        json.writeBooleanField("self", true);
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }
}
