package io.github.articlekit.parser.sources;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.internal.AttributionScanner;
import io.github.articlekit.parser.internal.SourceLexicon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the sources an article cites: for each sentence of its paragraphs, the cues of the language packs
 * ("selon", "according to", "X a déclaré", "..., said X", "laut", "X zufolge", "secondo", "segundo", ...)
 * and the named source next to each.
 *
 * <pre>{@code
 * AttributionExtractor extractor = AttributionExtractor.builder()
 *     .languages(Language.FRENCH, Language.ENGLISH)
 *     .addCue(Language.FRENCH, CueKind.VERB_AFTER, "a martelé")
 *     .build();
 * List<Attribution> sources = extractor.extract(article);
 * }</pre>
 *
 * <p>Only named sources are given: the name must hold a proper noun (a capitalized word that no sentence
 * start explains, an acronym such as {@code AFP}, a known outlet), written as in the text without trailing
 * punctuation and without a leading article unless the article is part of the name ({@code The Guardian},
 * {@code Le Monde}, {@code Der Spiegel}). Pronouns, unnamed people ("a spokesperson", "un responsable")
 * and generic phrases ("l'agence de presse", "nos informations") give nothing; where a title and a name
 * stand in apposition, the name is the source. Precision comes first: when the words next to a cue do
 * not clearly name someone, nothing is given.
 *
 * <p>An extractor is immutable and thread-safe. Time is linear in the article's text: it is split into
 * words once, cues are looked up by whole folded word in a hash map, and a name is read in a window of a
 * few words next to its cue.
 */
public final class AttributionExtractor {
  private final Set<Language> languages;
  private final Map<Language, Map<CueKind, List<String>>> cues;
  private final AttributionScanner scanner;

  private AttributionExtractor(Builder builder) {
    this.languages = Set.copyOf(builder.languages);
    Map<Language, Map<CueKind, List<String>>> copy = new EnumMap<>(Language.class);
    for (Language language : builder.languages) {
      Map<CueKind, List<String>> byKind = new EnumMap<>(CueKind.class);
      for (CueKind kind : CueKind.values()) {
        byKind.put(kind, List.copyOf(builder.cuesOf(language, kind)));
      }
      copy.put(language, byKind);
    }
    this.cues = copy;
    this.scanner = new AttributionScanner(copy);
  }

  /** @return an extractor with every language pack and its default cues */
  public static AttributionExtractor create() {
    return builder().build();
  }

  /** @return a new builder: every language pack, with its default cues */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the language packs whose cues this extractor reads */
  public Set<Language> languages() {
    return languages;
  }

  /**
   * The cues of one pack and kind.
   *
   * @param language the pack
   * @param kind the kind
   * @return the cues as given, e.g. {@code selon} or {@code wie {} berichtet}; empty for a pack not chosen
   */
  public List<String> cues(Language language, CueKind kind) {
    Map<CueKind, List<String>> byKind = cues.get(language);
    List<String> ofKind = byKind == null ? null : byKind.get(kind);
    return ofKind == null ? List.of() : ofKind;
  }

  /**
   * Finds the sources an article cites, in the paragraphs of its lead and its sections. Name and sentence
   * spans are given where the paragraph's span says exactly where they stand (a paragraph on one line).
   *
   * @param article the article
   * @return the attributions in text order
   */
  public List<Attribution> extract(Article article) {
    return find(article, null);
  }

  /**
   * Finds the sources an article cites, with their spans in the input the article was parsed from, also in
   * hard-wrapped paragraphs.
   *
   * @param article the article, parsed from {@code input}
   * @param input the text given to the parser
   * @return the attributions in text order
   */
  public List<Attribution> extract(Article article, CharSequence input) {
    return find(article, Objects.requireNonNull(input, "input"));
  }

  private List<Attribution> find(Article article, @Nullable CharSequence input) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<@Nullable String> sections = new ArrayList<>();
    List<Integer> blockIndexes = new ArrayList<>();
    int index = 0;
    for (Block block : article.lead()) {
      if (block instanceof Paragraph paragraph) {
        paragraphs.add(paragraph);
        sections.add(null);
        blockIndexes.add(index);
      }
      index++;
    }
    for (Section section : article.sections()) {
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph paragraph) {
          paragraphs.add(paragraph);
          sections.add(section.heading());
          blockIndexes.add(index);
        }
        index++;
      }
    }
    List<String> texts = new ArrayList<>(paragraphs.size());
    for (Paragraph paragraph : paragraphs) {
      texts.add(paragraph.text());
    }
    List<AttributionScanner.Hit> hits = scanner.scan(texts);
    List<Attribution> out = new ArrayList<>(hits.size());
    int from = 0;
    while (from < hits.size()) {
      int p = hits.get(from).paragraph();
      int to = from;
      while (to < hits.size() && hits.get(to).paragraph() == p) {
        to++;
      }
      Paragraph paragraph = paragraphs.get(p);
      List<AttributionScanner.Hit> ofParagraph = hits.subList(from, to);
      @Nullable SourceSpan[] spans = InputSpans.of(paragraph, input, ofParagraph);
      for (int h = 0; h < ofParagraph.size(); h++) {
        AttributionScanner.Hit hit = ofParagraph.get(h);
        String name = paragraph.text().substring(hit.nameStart(), hit.nameEnd());
        out.add(new Attribution(name, hit.cue(), hit.kind(), hit.language(), sections.get(p), blockIndexes.get(p),
            paragraph, hit.nameStart(), hit.nameEnd(), hit.sentenceStart(), hit.sentenceEnd(), spans[2 * h],
            spans[2 * h + 1]));
      }
      from = to;
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "AttributionExtractor{languages=" + languages + "}";
  }

  /** Builds an {@link AttributionExtractor}; starts with every pack and its default cues. */
  public static final class Builder {
    private final Set<Language> languages = new LinkedHashSet<>(List.of(Language.values()));
    private final Map<Language, Map<CueKind, Set<String>>> cues = new EnumMap<>(Language.class);

    private Builder() {
      for (Language language : Language.values()) {
        SourceLexicon.DefaultCues defaults = SourceLexicon.defaultCues(language);
        Map<CueKind, Set<String>> byKind = new EnumMap<>(CueKind.class);
        byKind.put(CueKind.LEADING, new LinkedHashSet<>(defaults.leading()));
        byKind.put(CueKind.VERB_AFTER, new LinkedHashSet<>(defaults.verbAfter()));
        byKind.put(CueKind.VERB_BEFORE, new LinkedHashSet<>(defaults.verbBefore()));
        byKind.put(CueKind.POSTPOSITION, new LinkedHashSet<>(defaults.postpositions()));
        cues.put(language, byKind);
      }
    }

    /**
     * Chooses the language packs whose cues are read (default: all).
     *
     * @param languages the packs
     * @return this builder
     */
    public Builder languages(Language... languages) {
      return languages(List.of(languages));
    }

    /**
     * Chooses the language packs whose cues are read (default: all).
     *
     * @param languages the packs
     * @return this builder
     */
    public Builder languages(Collection<Language> languages) {
      this.languages.clear();
      this.languages.addAll(languages);
      return this;
    }

    /**
     * Adds a cue to a pack. {@link CueKind#LEADING} and {@link CueKind#VERB_BEFORE} cues stand before the
     * name ({@code selon}, {@code rapporte}); {@link CueKind#VERB_AFTER} and {@link CueKind#POSTPOSITION}
     * cues after it ({@code a déclaré}, {@code zufolge}). {@code {}} marks the name in a cue with words on
     * both sides: {@code wie {} berichtet}. Matching ignores case and accents; adverbs of the pack may
     * stand between a cue's words ({@code a également déclaré}).
     *
     * @param language the pack
     * @param kind where the cue stands
     * @param cue the cue's words
     * @return this builder
     * @throws IllegalArgumentException if the cue has no words, or words on one side only of {@code {}}
     */
    public Builder addCue(Language language, CueKind kind, String cue) {
      Objects.requireNonNull(language, "language");
      AttributionScanner.requireCue(kind, cue);
      cuesOf(language, kind).add(cue.strip());
      return this;
    }

    /**
     * Removes a cue from a pack, as given to {@link #addCue} or listed by {@link AttributionExtractor#cues}.
     *
     * @param language the pack
     * @param kind where the cue stands
     * @param cue the cue
     * @return this builder
     */
    public Builder removeCue(Language language, CueKind kind, String cue) {
      cuesOf(language, kind).remove(cue.strip());
      return this;
    }

    private Set<String> cuesOf(Language language, CueKind kind) {
      Map<CueKind, Set<String>> byKind = Objects.requireNonNull(cues.get(language), "every pack has cues");
      return Objects.requireNonNull(byKind.get(kind), "every kind has cues");
    }

    /** @return the extractor */
    public AttributionExtractor build() {
      if (languages.isEmpty()) {
        throw new IllegalStateException("No language pack chosen: give at least one to languages(...)");
      }
      return new AttributionExtractor(this);
    }
  }
}
