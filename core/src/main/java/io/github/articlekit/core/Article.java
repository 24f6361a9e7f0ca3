package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ChunkedList;
import io.github.articlekit.core.internal.ModelJson;
import io.github.articlekit.core.internal.Models;
import io.github.articlekit.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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
// No generated builder: Article.Builder is written here, so that the lists are kept in chunks.
@Value.Immutable(builder = false)
@JsonSerialize(using = ModelJson.ArticleSerializer.class)
@JsonDeserialize(using = ModelJson.ArticleDeserializer.class)
public abstract class Article {

  Article() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the title: the article's first line */
  @Value.Parameter
  public abstract String title();

  /** @return the heading list, in order, as written under the title; possibly empty */
  public final List<String> headings() {
    return headingList();
  }

  /** @return blocks between the heading list and the first section; usually empty */
  public final List<Block> lead() {
    return leadList();
  }

  /** @return the sections, in order */
  public final List<Section> sections() {
    return sectionList();
  }

  /** @return trailing blocks that are not article content, in order */
  public final List<Boilerplate> boilerplate() {
    return boilerplateList();
  }

  // The lists as stored: in chunks that the collector never takes for one large object (see ChunkedList).
  @Value.Parameter
  abstract ChunkedList<String> headingList();

  @Value.Parameter
  abstract ChunkedList<Block> leadList();

  @Value.Parameter
  abstract ChunkedList<Section> sectionList();

  @Value.Parameter
  abstract ChunkedList<Boilerplate> boilerplateList();

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
  public final Article withHeadings(Iterable<String> headings) {
    return withHeadingList(ChunkedList.copyOf(headings, "headings"));
  }

  abstract Article withHeadingList(ChunkedList<String> headings);

  /**
   * Copies this article with another lead.
   *
   * @param lead the new lead blocks
   * @return the copy
   */
  public final Article withLead(Iterable<? extends Block> lead) {
    return withLeadList(ChunkedList.copyOf(lead, "lead"));
  }

  abstract Article withLeadList(ChunkedList<Block> lead);

  /**
   * Copies this article with other sections.
   *
   * @param sections the new sections
   * @return the copy
   */
  public final Article withSections(Iterable<? extends Section> sections) {
    return withSectionList(ChunkedList.copyOf(sections, "sections"));
  }

  abstract Article withSectionList(ChunkedList<Section> sections);

  /**
   * Copies this article with other boilerplate.
   *
   * @param boilerplate the new boilerplate
   * @return the copy
   */
  public final Article withBoilerplate(Iterable<? extends Boilerplate> boilerplate) {
    return withBoilerplateList(ChunkedList.copyOf(boilerplate, "boilerplate"));
  }

  abstract Article withBoilerplateList(ChunkedList<Boilerplate> boilerplate);

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
    ChunkedList.Builder<Block> all = new ChunkedList.Builder<>("blocks");
    all.addAll(leadList());
    for (Section section : sections()) {
      all.addAll(section.blockList());
    }
    return all.build();
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

  /** Builds an {@link Article}; the title is required. */
  public static final class Builder {
    private @Nullable String title;
    private final ChunkedList.Builder<String> headings = new ChunkedList.Builder<>("headings");
    private final ChunkedList.Builder<Block> lead = new ChunkedList.Builder<>("lead");
    private final ChunkedList.Builder<Section> sections = new ChunkedList.Builder<>("sections");
    private final ChunkedList.Builder<Boilerplate> boilerplate = new ChunkedList.Builder<>("boilerplate");

    Builder() {}

    /**
     * Sets the title of {@code instance}, and adds its headings, lead, sections and boilerplate to those
     * set so far.
     *
     * @param instance the article to copy from
     * @return this builder
     */
    public Builder from(Article instance) {
      title = instance.title();
      headings.addAll(instance.headingList());
      lead.addAll(instance.leadList());
      sections.addAll(instance.sectionList());
      boilerplate.addAll(instance.boilerplateList());
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the article's first line, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Adds one to the headings.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addHeadings(String element) {
      headings.add(element);
      return this;
    }

    /**
     * Adds to the headings, in order.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addHeadings(String... elements) {
      for (String element : elements) {
        headings.add(element);
      }
      return this;
    }

    /**
     * Adds to the headings, in order.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllHeadings(Iterable<? extends String> elements) {
      headings.addAll(elements);
      return this;
    }

    /**
     * Replaces the headings set so far.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder headings(Iterable<? extends String> elements) {
      headings.clear();
      return addAllHeadings(elements);
    }

    /**
     * Adds one to the lead.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addLead(Block element) {
      lead.add(element);
      return this;
    }

    /**
     * Adds to the lead, in order.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addLead(Block... elements) {
      for (Block element : elements) {
        lead.add(element);
      }
      return this;
    }

    /**
     * Adds to the lead, in order.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllLead(Iterable<? extends Block> elements) {
      lead.addAll(elements);
      return this;
    }

    /**
     * Replaces the lead set so far.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder lead(Iterable<? extends Block> elements) {
      lead.clear();
      return addAllLead(elements);
    }

    /**
     * Adds one to the sections.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addSections(Section element) {
      sections.add(element);
      return this;
    }

    /**
     * Adds to the sections, in order.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addSections(Section... elements) {
      for (Section element : elements) {
        sections.add(element);
      }
      return this;
    }

    /**
     * Adds to the sections, in order.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllSections(Iterable<? extends Section> elements) {
      sections.addAll(elements);
      return this;
    }

    /**
     * Replaces the sections set so far.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder sections(Iterable<? extends Section> elements) {
      sections.clear();
      return addAllSections(elements);
    }

    /**
     * Adds one to the boilerplate.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addBoilerplate(Boilerplate element) {
      boilerplate.add(element);
      return this;
    }

    /**
     * Adds to the boilerplate, in order.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addBoilerplate(Boilerplate... elements) {
      for (Boilerplate element : elements) {
        boilerplate.add(element);
      }
      return this;
    }

    /**
     * Adds to the boilerplate, in order.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder addAllBoilerplate(Iterable<? extends Boilerplate> elements) {
      boilerplate.addAll(elements);
      return this;
    }

    /**
     * Replaces the boilerplate set so far.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder boilerplate(Iterable<? extends Boilerplate> elements) {
      boilerplate.clear();
      return addAllBoilerplate(elements);
    }

    /**
     * Builds the article.
     *
     * @return the article
     * @throws IllegalStateException if the title is not set
     * @throws IllegalArgumentException if the title or a heading is blank or spans lines
     */
    public Article build() {
      String title = this.title;
      if (title == null) {
        throw new IllegalStateException("Cannot build Article, some of required attributes are not set [title]");
      }
      return ImmutableArticle.of(title, headings.build(), lead.build(), sections.build(), boilerplate.build());
    }
  }
}
