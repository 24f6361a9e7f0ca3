package io.github.articlekit.parser.sources;

import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.parser.Language;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One source cited: a name, the cue that attributes to it, and where both stand. Offsets are 0-based
 * UTF-16 indices into {@link #paragraph()}'s text, end exclusive. Values are immutable.
 */
public final class Attribution {
  private final String name;
  private final String cue;
  private final CueKind cueKind;
  private final Language language;
  private final @Nullable String section;
  private final int blockIndex;
  private final Paragraph paragraph;
  private final int nameStart;
  private final int nameEnd;
  private final int sentenceStart;
  private final int sentenceEnd;
  private final @Nullable SourceSpan nameSpan;
  private final @Nullable SourceSpan sentenceSpan;

  Attribution(String name, String cue, CueKind cueKind, Language language, @Nullable String section, int blockIndex,
      Paragraph paragraph, int nameStart, int nameEnd, int sentenceStart, int sentenceEnd,
      @Nullable SourceSpan nameSpan, @Nullable SourceSpan sentenceSpan) {
    this.name = name;
    this.cue = cue;
    this.cueKind = cueKind;
    this.language = language;
    this.section = section;
    this.blockIndex = blockIndex;
    this.paragraph = paragraph;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
    this.nameSpan = nameSpan;
    this.sentenceSpan = sentenceSpan;
  }

  /** @return the source as the text writes it, without a leading article unless part of the name: "AP News" */
  public String name() {
    return name;
  }

  /** @return the cue as the text writes it: "Selon", "a déclaré", "wie … berichtet" */
  public String cue() {
    return cue;
  }

  /** @return where the cue stands with respect to the name */
  public CueKind cueKind() {
    return cueKind;
  }

  /** @return the language pack the cue belongs to */
  public Language language() {
    return language;
  }

  /** @return the heading of the section the sentence is in; empty in the lead */
  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  /** @return the index of the paragraph in {@link io.github.articlekit.core.Article#blocks()} */
  public int blockIndex() {
    return blockIndex;
  }

  /** @return the paragraph the sentence is in */
  public Paragraph paragraph() {
    return paragraph;
  }

  /** @return the sentence that cites the source */
  public String sentence() {
    return paragraph.text().substring(sentenceStart, sentenceEnd);
  }

  /** @return where the name starts in the paragraph's text */
  public int nameStart() {
    return nameStart;
  }

  /** @return where the name ends in the paragraph's text, exclusive */
  public int nameEnd() {
    return nameEnd;
  }

  /** @return where the sentence starts in the paragraph's text */
  public int sentenceStart() {
    return sentenceStart;
  }

  /** @return where the sentence ends in the paragraph's text, exclusive */
  public int sentenceEnd() {
    return sentenceEnd;
  }

  /**
   * @return where the name stands in the parsed input; empty for an article built by hand, and for a
   *     hard-wrapped paragraph unless the input was given to {@link AttributionExtractor#extract(
   *     io.github.articlekit.core.Article, CharSequence)}
   */
  public Optional<SourceSpan> nameSpan() {
    return Optional.ofNullable(nameSpan);
  }

  /** @return where the sentence stands in the parsed input; empty when {@link #nameSpan()} is */
  public Optional<SourceSpan> sentenceSpan() {
    return Optional.ofNullable(sentenceSpan);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attribution that && name.equals(that.name) && cue.equals(that.cue)
        && cueKind == that.cueKind && language == that.language && Objects.equals(section, that.section)
        && blockIndex == that.blockIndex && paragraph.equals(that.paragraph) && nameStart == that.nameStart
        && nameEnd == that.nameEnd && sentenceStart == that.sentenceStart && sentenceEnd == that.sentenceEnd
        && Objects.equals(nameSpan, that.nameSpan) && Objects.equals(sentenceSpan, that.sentenceSpan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, cue, cueKind, section, blockIndex, nameStart, sentenceStart);
  }

  @Override
  public String toString() {
    return "Attribution{" + name + ", cue=" + cue + ", block " + blockIndex + (section != null ? ", in \"" + section
        + "\"" : ", in the lead") + "}";
  }
}
