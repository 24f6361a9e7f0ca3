package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ModelJson;
import io.github.articlekit.core.internal.Models;
import io.github.articlekit.core.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An article: its title, the list of its section headings, an optional lead, the sections and the
 * trailing boilerplate.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .title("La Corée du Sud exige le retrait des troupes")
 *     .addHeadings("Un conflit diplomatique")
 *     .addSections(Section.builder()
 *         .heading("Un conflit diplomatique")
 *         .addBlocks(Paragraph.of("Dernier revers en date..."))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Values are immutable and thread-safe; spans take no part in {@code equals}, so an article built
 * by hand equals the same article parsed from text. The JSON form is the public contract:
 * {@code title}, {@code headings}, {@code lead}, {@code sections}, {@code boilerplate}; the
 * conveniences below are derived and not serialized.
 */
// Immutables' annotations are build-time only (requires static): not for consumers to read.
@SuppressWarnings("exports")
@Value.Immutable
@JsonSerialize(using = ModelJson.ArticleSerializer.class)
@JsonDeserialize(using = ModelJson.ArticleDeserializer.class)
public abstract class Article {

  Article() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the title: the article's first line */
  public abstract String title();

  /** @return the heading list, in order, as written under the title; possibly empty */
  public abstract List<String> headings();

  /** @return blocks between the heading list and the first section; usually empty */
  public abstract List<Block> lead();

  /** @return the sections, in order */
  public abstract List<Section> sections();

  /** @return trailing blocks that are not article content, in order */
  public abstract List<Boilerplate> boilerplate();

  /**
   * Copies this article with another title.
   *
   * @param title the new title, not blank
   * @return the copy
   */
  public abstract Article withTitle(String title);

  /**
   * Copies this article with another heading list.
   *
   * @param headings the new headings
   * @return the copy
   */
  public abstract Article withHeadings(Iterable<String> headings);

  /**
   * Copies this article with another lead.
   *
   * @param lead the new lead blocks
   * @return the copy
   */
  public abstract Article withLead(Iterable<? extends Block> lead);

  /**
   * Copies this article with other sections.
   *
   * @param sections the new sections
   * @return the copy
   */
  public abstract Article withSections(Iterable<? extends Section> sections);

  /**
   * Copies this article with other boilerplate.
   *
   * @param boilerplate the new boilerplate
   * @return the copy
   */
  public abstract Article withBoilerplate(Iterable<? extends Boilerplate> boilerplate);

  /**
   * Walks this article in document order, calling {@code visitor} for each part: see
   * {@link ArticleVisitor} for the order of the calls.
   *
   * @param visitor what receives the parts
   */
  public final void accept(ArticleVisitor visitor) {
    visitor.title(title());
    visitor.headingList(headings());
    List<Block> lead = lead();
    if (!lead.isEmpty()) {
      visitor.startLead(lead);
      acceptBlocks(lead, visitor);
      visitor.endLead(lead);
    }
    List<Section> sections = sections();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      visitor.startSection(section, i);
      acceptBlocks(section.blocks(), visitor);
      visitor.endSection(section, i);
    }
    for (Boilerplate boilerplate : boilerplate()) {
      visitor.boilerplate(boilerplate);
    }
  }

  /** The one place that tells the kinds of {@link Block} apart for a walk; the hierarchy is sealed. */
  private static void acceptBlocks(List<Block> blocks, ArticleVisitor visitor) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        visitor.paragraph(paragraph);
      } else if (block instanceof CrossLink crossLink) {
        visitor.crossLink(crossLink);
      } else {
        throw new AssertionError("Block is sealed: " + block.getClass());
      }
    }
  }

  /** @return every block of the lead and then of each section, in order */
  public final List<Block> blocks() {
    List<Block> all = new ArrayList<>(lead());
    for (Section section : sections()) {
      all.addAll(section.blocks());
    }
    return Collections.unmodifiableList(all);
  }

  /** @return every cross-link of the lead and the sections, in order */
  public final List<CrossLink> crossLinks() {
    return Models.only(blocks(), CrossLink.class);
  }

  /** @return every paragraph of the lead and the sections, in order */
  public final List<Paragraph> paragraphs() {
    return Models.only(blocks(), Paragraph.class);
  }

  /**
   * The first section whose heading matches {@code heading}, ignoring case and differences in
   * spacing.
   *
   * @param heading the heading to look for
   * @return the section, or empty when none matches
   */
  public final Optional<Section> section(String heading) {
    String wanted = foldForLookup(heading);
    for (Section section : sections()) {
      if (foldForLookup(section.heading()).equals(wanted)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  /**
   * The article as prose: the title, the lead's paragraphs, then each section's heading and
   * paragraphs, separated by blank lines. Cross-links and boilerplate are left out.
   *
   * @return the plain text
   */
  public final String plainText() {
    StringBuilder out = new StringBuilder(title());
    appendParagraphs(out, lead());
    for (Section section : sections()) {
      out.append("\n\n").append(section.heading());
      appendParagraphs(out, section.blocks());
    }
    return out.toString();
  }

  /** @return the number of words in {@link #plainText()} */
  public final int wordCount() {
    return Texts.countWords(plainText());
  }

  private static void appendParagraphs(StringBuilder out, List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof Paragraph) {
        out.append("\n\n").append(block.text());
      }
    }
  }

  private static String foldForLookup(String heading) {
    StringBuilder folded = new StringBuilder(heading.length());
    boolean pendingSpace = false;
    for (int i = 0; i < heading.length(); i++) {
      char c = heading.charAt(i);
      if (Texts.isBlankChar(c)) {
        pendingSpace = folded.length() > 0;
      } else {
        if (pendingSpace) {
          folded.append(' ');
          pendingSpace = false;
        }
        folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT);
  }

  @Value.Check
  final void check() {
    Texts.requireOneLineText(title(), "article.title");
    List<String> headings = headings();
    for (int i = 0; i < headings.size(); i++) {
      String heading = headings.get(i);
      if (Texts.isBlank(heading) || heading.indexOf('\n') >= 0 || heading.indexOf('\r') >= 0) {
        Texts.requireOneLineText(heading, "article.headings[" + i + "]"); // builds the message only on failure
      }
    }
  }

  @Override
  public String toString() {
    return "Article{title=" + Models.abbreviate(title())
        + ", headings=" + headings().size()
        + ", lead=" + lead().size()
        + ", sections=" + sections().size()
        + ", boilerplate=" + boilerplate().size() + "}";
  }

  /** Builds an {@link Article}. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
