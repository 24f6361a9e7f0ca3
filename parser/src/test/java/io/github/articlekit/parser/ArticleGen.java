package io.github.articlekit.parser;

import static io.github.articlekit.testing.Props.chance;
import static io.github.articlekit.testing.Props.oneOf;
import static io.github.articlekit.testing.Props.size;
import static io.github.articlekit.testing.Shrinking.withSection;
import static io.github.articlekit.testing.Shrinking.without;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.internal.FormatBounds;
import io.github.articlekit.testing.Props;
import io.github.articlekit.testing.Shrinking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates articles that must round-trip ({@link RoundTripContract}), in four families: with a heading
 * list (most), without a list but with headings to infer, a lead alone, a title alone. Texts come from
 * {@link TextGen} (many scripts, emoji, combining marks, blanks beyond the space); cross-link labels are
 * the packs' markers in varied case and spacing, with titles and optional URLs; boilerplate is built from
 * the packs' phrases. Also shrinks a failing article and describes it.
 */
final class ArticleGen {
  private ArticleGen() {}

  /** Phrases of three words or more: a block holding one is boilerplate. */
  private static final List<String> LONG_PHRASES = new ArrayList<>();

  static {
    for (String phrase : RoundTripContract.PHRASES) {
      if (RoundTripContract.words(phrase).size() >= FormatBounds.MIN_WORDS_TO_MATCH_INSIDE) {
        LONG_PHRASES.add(phrase);
      }
    }
  }

  static final String REFERENCE_CALL_TO_ACTION = "Chaque jour, nous vous proposons de nouveaux contenus captivants, "
      + "cliquez sur \"Suivre\" pour ne rien manquer !";

  /** An article that must round-trip. */
  static Article article(SplittableRandom random) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      Article article = candidate(random);
      if (RoundTripContract.violations(article).isEmpty()) {
        return article;
      }
    }
    throw new IllegalStateException("the generator keeps breaking the round-trip contract");
  }

  /** An article of one of the families; it may break the contract (then {@link #article} draws again). */
  static Article candidate(SplittableRandom random) {
    int family = random.nextInt(100);
    if (family < 70) {
      return withList(random);
    } else if (family < 85) {
      return withInferredHeadings(random);
    } else if (family < 97) {
      return leadOnly(random);
    }
    return Article.builder().title(TextGen.text(random, 1, 15)).build();
  }

  private static Article withList(SplittableRandom random) {
    Article.Builder article = Article.builder().title(TextGen.text(random, 1, 15));
    List<String> entries = new ArrayList<>();
    int count = size(random, 1, 10);
    while (entries.size() < count) {
      if (!entries.isEmpty() && chance(random, 0.1)) {
        // A near-duplicate: another entry with words added ("En bref" and "En bref du jour").
        entries.add(oneOf(random, entries) + " " + TextGen.text(random, 1, 3));
      } else {
        entries.add(heading(random));
      }
    }
    boolean duplicate = chance(random, 0.15);
    for (int copies = duplicate ? size(random, 1, 3) : 0; copies > 0; copies--) {
      int from = random.nextInt(entries.size());
      entries.add(from + random.nextInt(entries.size() - from) + 1, entries.get(from));
    }
    if (chance(random, 0.05)) {
      article.title(oneOf(random, entries));
    }
    article.addAllHeadings(entries);
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (duplicate && Collections.frequency(entries, entries.get(i)) > 1 || chance(random, 0.85)) {
        kept.add(i);
      }
    }
    if (kept.isEmpty()) {
      kept.add(random.nextInt(entries.size()));
    }
    if (!duplicate && chance(random, 0.2)) {
      Collections.shuffle(kept, new java.util.Random(random.nextLong()));
    }
    if (chance(random, 0.3)) {
      article.addAllLead(blocks(random, 1, 3, false, entries));
    }
    for (int index : kept) {
      String entry = entries.get(index);
      String heading = chance(random, 0.3) ? looseVariant(random, entry) : entry;
      List<Block> blocks = chance(random, 0.1) ? List.of() : blocks(random, 1, 6, false, entries);
      article.addSections(Section.builder().heading(heading).addAllBlocks(blocks).build());
    }
    if (chance(random, 0.5)) {
      article.addAllBoilerplate(boilerplate(random, false));
    }
    return article.build();
  }

  private static Article withInferredHeadings(SplittableRandom random) {
    Article.Builder article = Article.builder().title(TextGen.text(random, 1, 15));
    if (chance(random, 0.4)) {
      article.addAllLead(blocks(random, 1, 2, true, List.of()));
    }
    int sections = size(random, 1, 4);
    for (int i = 0; i < sections; i++) {
      List<Block> blocks = new ArrayList<>();
      blocks.add(Paragraph.of(TextGen.sentence(random, 3, 40)));
      if (chance(random, 0.6)) {
        blocks.addAll(blocks(random, 1, 3, true, List.of()));
      }
      article.addSections(Section.builder().heading(inferableHeading(random)).addAllBlocks(blocks).build());
    }
    if (chance(random, 0.4)) {
      article.addAllBoilerplate(boilerplate(random, true));
    }
    return article.build();
  }

  private static Article leadOnly(SplittableRandom random) {
    Article.Builder article = Article.builder().title(TextGen.text(random, 1, 15));
    article.addAllLead(blocks(random, 1, 4, true, List.of()));
    if (chance(random, 0.4)) {
      article.addAllBoilerplate(boilerplate(random, true));
    }
    return article.build();
  }

  private static String heading(SplittableRandom random) {
    if (chance(random, 0.08)) {
      // Long entries, some ending a sentence: the body's confirmation makes them a list all the same.
      return TextGen.text(random, 10, 30) + (chance(random, 0.5) ? "." : "");
    }
    String text = TextGen.text(random, 1, 8);
    if (chance(random, 0.3)) {
      text = oneOf(random, "L'", "« ", "\"", "Nord-", "Aujourd’hui : ", "Q&A — ") + text
          + oneOf(random, "", " »", "\"", " - suite", "’s", " ?");
    }
    return Texts.strip(text);
  }

  /** The same heading as the body may write it: ASCII case, blank runs, typographic quotes, apostrophes and dashes. */
  static String looseVariant(SplittableRandom random, String heading) {
    StringBuilder out = new StringBuilder(heading.length() + 8);
    for (int i = 0; i < heading.length(); i++) {
      char c = heading.charAt(i);
      if (c >= 'a' && c <= 'z' && chance(random, 0.3)) {
        out.append((char) (c - 32));
      } else if (c >= 'A' && c <= 'Z' && chance(random, 0.3)) {
        out.append((char) (c + 32));
      } else if (c == ' ' && chance(random, 0.3)) {
        out.append(oneOf(random, "  ", "\u00A0", " \u202F", "\t"));
      } else if (c == '\'' && chance(random, 0.5)) {
        out.append('\u2019');
      } else if (c == '\u2019' && chance(random, 0.5)) {
        out.append('\'');
      } else if (c == '"' && chance(random, 0.5)) {
        out.append(oneOf(random, "\u201C", "\u201D"));
      } else if ((c == '\u00AB' || c == '\u00BB') && chance(random, 0.5)) {
        out.append('"');
      } else if (c == '-' && chance(random, 0.5)) {
        out.append(oneOf(random, "\u2013", "\u2014"));
      } else if ((c == '\u2013' || c == '\u2014') && chance(random, 0.5)) {
        out.append('-');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String inferableHeading(SplittableRandom random) {
    while (true) {
      int words = size(random, 1, 5);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          out.append(chance(random, 0.9) ? " " : "\u00A0");
        }
        out.append(TextGen.letterWord(random));
      }
      String heading = out.toString();
      if (RoundTripContract.looksLikeInferredHeading(heading)) {
        return heading;
      }
    }
  }

  /**
   * Paragraphs and cross-links; without a list, paragraphs end a sentence. Some paragraphs brush against
   * the layout without being what they resemble: one that begins with a heading's words, a heading with a
   * full stop, a marker with no separator, a boilerplate phrase in the middle of the article.
   */
  private static List<Block> blocks(SplittableRandom random, int min, int max, boolean sentences, List<String> entries) {
    List<Block> blocks = new ArrayList<>();
    int count = size(random, min, max);
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(100);
      String ending = sentences ? "." : "";
      if (kind < 20) {
        blocks.add(crossLink(random));
      } else if (kind < 25 && !entries.isEmpty()) {
        blocks.add(Paragraph.of(oneOf(random, entries) + " " + TextGen.text(random, 1, 20) + ending));
      } else if (kind < 27 && !entries.isEmpty()) {
        blocks.add(Paragraph.of(oneOf(random, entries) + oneOf(random, ".", " !", "…")));
      } else if (kind < 28 && !entries.isEmpty()) {
        // A heading again: a paragraph once its section is behind, the contract rules out the rest.
        blocks.add(Paragraph.of(looseVariant(random, oneOf(random, entries))));
      } else if (kind < 31) {
        String marker = oneOf(random, RoundTripContract.MARKERS);
        blocks.add(Paragraph.of(chance(random, 0.5) ? marker + ending : marker + " " + TextGen.text(random, 1, 12) + ending));
      } else if (kind < 34) {
        blocks.add(Paragraph.of(phraseBlock(random)));
      } else {
        blocks.add(paragraph(random, sentences));
      }
    }
    return blocks;
  }

  private static Paragraph paragraph(SplittableRandom random, boolean sentence) {
    int maxWords = chance(random, 0.05) ? 400 : 60;
    return Paragraph.of(sentence ? TextGen.sentence(random, 1, maxWords) : TextGen.text(random, 1, maxWords));
  }

  static CrossLink crossLink(SplittableRandom random) {
    CrossLink.Builder link = CrossLink.builder().label(label(random)).title(TextGen.text(random, 1, 14));
    if (chance(random, 0.4)) {
      link.url(TextGen.url(random));
    }
    return link.build();
  }

  /** A pack's marker as it may be written: its case changed, its accents dropped, its spaces doubled or no-break. */
  private static String label(SplittableRandom random) {
    String marker = oneOf(random, RoundTripContract.MARKERS);
    switch (random.nextInt(5)) {
      case 0:
        marker = marker.toLowerCase(Locale.ROOT);
        break;
      case 1:
        marker = marker.charAt(0) + marker.substring(1).toLowerCase(Locale.ROOT);
        break;
      case 2:
        marker = java.text.Normalizer.normalize(marker, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        break;
      default:
        break;
    }
    if (chance(random, 0.2)) {
      marker = marker.replace(" ", oneOf(random, "  ", "\u00A0"));
    }
    return marker;
  }

  /** Phrase blocks, then maybe a related-content header and short related titles. */
  private static List<Boilerplate> boilerplate(SplittableRandom random, boolean sentences) {
    List<String> texts = new ArrayList<>();
    int phrases = size(random, 0, 2);
    for (int i = 0; i < phrases; i++) {
      texts.add(phraseBlock(random));
    }
    if (chance(random, 0.4)) {
      texts.add(caseVariant(random, oneOf(random, RoundTripContract.PHRASES)));
      int titles = size(random, 0, RoundTripContract.MAX_RELATED_TITLES);
      for (int i = 0; i < titles; i++) {
        String title = chance(random, 0.3) ? writtenCrossLink(random) : TextGen.text(random, 1, 10);
        if (sentences) {
          title = title + ".";
        }
        if (title.length() <= FormatBounds.MAX_RELATED_TITLE_LENGTH) {
          texts.add(title);
        }
      }
    }
    if (texts.isEmpty()) {
      texts.add(phraseBlock(random));
    }
    List<Boilerplate> boilerplate = new ArrayList<>();
    texts.forEach(t -> boilerplate.add(Boilerplate.of(t)));
    return boilerplate;
  }

  private static String writtenCrossLink(SplittableRandom random) {
    String written = ArticleWriter.write(Article.builder().title("t").addLead(crossLink(random)).build());
    return written.substring(3, written.length() - 1);
  }

  private static String phraseBlock(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return caseVariant(random, oneOf(random, RoundTripContract.PHRASES));
      case 1:
        return REFERENCE_CALL_TO_ACTION;
      default:
        String block = (chance(random, 0.6) ? TextGen.text(random, 1, 8) + oneOf(random, " ", ", ") : "")
            + oneOf(random, LONG_PHRASES)
            + (chance(random, 0.6) ? oneOf(random, " ", ", ") + TextGen.text(random, 1, 8) : "")
            + (chance(random, 0.3) ? " !" : "");
        return Texts.strip(block);
    }
  }

  /** A phrase in its own case, upper case or lower case (when that keeps its length: "ß" does not). */
  private static String caseVariant(SplittableRandom random, String phrase) {
    String variant = oneOf(random, phrase, phrase.toUpperCase(Locale.ROOT), phrase.toLowerCase(Locale.ROOT));
    return variant.length() == phrase.length() ? variant : phrase;
  }

  // ---- shrinking ---------------------------------------------------------------------------------

  /** Smaller articles that still keep the contract: fewer parts first, then shorter texts. */
  static List<Article> shrink(Article article) {
    List<Article> candidates = Shrinking.withoutOnePart(article);
    for (int i = 0; i < article.sections().size(); i++) {
      // Without a section and its list entries.
      String heading = article.sections().get(i).heading();
      List<String> entries = new ArrayList<>(article.headings());
      entries.removeIf(e -> RoundTripContract.looseSpelling(e).equals(RoundTripContract.looseSpelling(heading)));
      candidates.add(article.withSections(without(article.sections(), i)).withHeadings(entries));
    }
    for (String title : shorter(article.title())) {
      candidates.add(article.withTitle(title));
    }
    for (int i = 0; i < article.headings().size(); i++) {
      String entry = article.headings().get(i);
      for (String shorter : shorter(entry)) {
        candidates.add(renameHeading(article, entry, shorter));
      }
    }
    for (int s = 0; s < article.sections().size(); s++) {
      Section section = article.sections().get(s);
      for (String entry : article.headings()) {
        if (!entry.equals(section.heading())
            && RoundTripContract.looseSpelling(entry).equals(RoundTripContract.looseSpelling(section.heading()))) {
          candidates.add(withSection(article, s, section.withHeading(entry)));
        }
      }
      if (article.headings().isEmpty()) {
        for (String shorter : shorter(section.heading())) {
          candidates.add(withSection(article, s, section.withHeading(shorter)));
        }
      }
      for (int i = 0; i < section.blocks().size(); i++) {
        int index = i;
        for (Block block : shorter(section.blocks().get(i))) {
          List<Block> blocks = new ArrayList<>(section.blocks());
          blocks.set(index, block);
          candidates.add(withSection(article, s, section.withBlocks(blocks)));
        }
      }
    }
    for (int i = 0; i < article.lead().size(); i++) {
      for (Block block : shorter(article.lead().get(i))) {
        List<Block> lead = new ArrayList<>(article.lead());
        lead.set(i, block);
        candidates.add(article.withLead(lead));
      }
    }
    for (int i = 0; i < article.boilerplate().size(); i++) {
      for (String text : shorter(article.boilerplate().get(i).text())) {
        List<Boilerplate> boilerplate = new ArrayList<>(article.boilerplate());
        boilerplate.set(i, Boilerplate.of(text));
        candidates.add(article.withBoilerplate(boilerplate));
      }
    }
    candidates.removeIf(c -> !RoundTripContract.violations(c).isEmpty());
    return candidates;
  }

  private static Article renameHeading(Article article, String entry, String renamed) {
    List<String> entries = new ArrayList<>();
    article.headings().forEach(e -> entries.add(e.equals(entry) ? renamed : e));
    List<Section> sections = new ArrayList<>();
    for (Section section : article.sections()) {
      boolean same = RoundTripContract.looseSpelling(section.heading()).equals(RoundTripContract.looseSpelling(entry));
      sections.add(same ? section.withHeading(renamed) : section);
    }
    return article.withHeadings(entries).withSections(sections);
  }

  private static List<Block> shorter(Block block) {
    List<Block> shorter = new ArrayList<>();
    if (block instanceof CrossLink) {
      CrossLink link = (CrossLink) block;
      if (link.url().isPresent()) {
        shorter.add(CrossLink.of(link.label(), link.title()));
      }
      for (String title : shorter(link.title())) {
        shorter.add(link.withTitle(title));
      }
      if (!link.label().equals("READ MORE")) {
        shorter.add(link.withLabel("READ MORE"));
      }
      if (link.url().isPresent() && link.url().get().length() > 12) {
        shorter.add(link.withUrl("https://x.y"));
      }
    } else {
      shorter.add(Paragraph.of("Text."));
      for (String text : shorter(block.text())) {
        shorter.add(Paragraph.of(text));
      }
    }
    return shorter;
  }

  /** Shorter texts: each half, without its first or last character, and a one-word stand-in. */
  static List<String> shorter(String text) {
    List<String> shorter = new ArrayList<>();
    int middle = safeCut(text, text.length() / 2);
    for (String part : new String[] {text.substring(0, middle), text.substring(middle),
        text.substring(safeCut(text, 1)), text.substring(0, safeCut(text, text.length() - 1))}) {
      String stripped = Texts.strip(part);
      if (!stripped.isEmpty() && stripped.length() < text.length()) {
        shorter.add(stripped);
      }
    }
    if (text.length() > 1) {
      shorter.add(0, "T");
    }
    return shorter;
  }

  private static int safeCut(String text, int at) {
    if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
      return at - 1;
    }
    return Math.max(0, Math.min(at, text.length()));
  }

  /** The article as its written text (a Java literal) and its JSON. */
  static String describe(Article article) {
    return "written: " + Props.literal(ArticleWriter.write(article)) + "\nmodel:   " + ArticleJson.toJson(article);
  }
}
