package io.github.articlekit.parser.links;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.testing.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Corpora the fixtures do not show: titles spelled in each of the ways a match forgives, links to them
 * spelled in other ways, cut short, or naming no article. Every link gets the status and the target an
 * oracle that knows each title's plain spelling expects: never a wrong target.
 */
class CrossLinkPropertyTest {
  private static final String[] WORDS = {"la", "guerre", "des", "prix", "l'europe", "nord-sud", "vendanges",
      "en", "bourgogne", "le", "retour", "trains", "de", "nuit", "d'avenir", "sous", "pression", "une", "crise",
      "sans", "fin", "aujourd'hui", "l'eau", "au-dela"};

  /** An article: its identifier, its title's plain spelling and its title as written. */
  record Entry(String id, String plain, String written) {}

  /** A link: its title's plain spelling, whether it was cut short, and its title as written. */
  record Link(String plain, boolean cut, String written) {}

  record Corpus(List<Entry> articles, List<Link> links) {}

  @org.junit.jupiter.api.Test
  void everyLinkResolvesAsTheOracleSays() {
    Props.forAll(300, CrossLinkPropertyTest::corpus, Props.Shrinker.none(), Corpus::toString, corpus -> {
      CrossLinkResolver resolver = CrossLinkResolver.create();
      for (Entry article : corpus.articles()) {
        resolver.addTitle(article.id(), article.written());
      }
      for (int i = 0; i < corpus.links().size(); i++) {
        resolver.addLink("links", i, Optional.empty(), "LIRE AUSSI", corpus.links().get(i).written());
      }

      List<ResolvedLink> rows = resolver.resolve().links();

      assertThat(rows).hasSameSizeAs(corpus.links());
      for (int i = 0; i < rows.size(); i++) {
        Link link = corpus.links().get(i);
        TreeSet<String> expected = new TreeSet<>();
        for (Entry article : corpus.articles()) {
          if (link.cut() ? article.plain().startsWith(link.plain()) : article.plain().equals(link.plain())) {
            expected.add(article.id());
          }
        }
        ResolvedLink row = rows.get(i);
        assertThat(row.position()).isEqualTo(i);
        assertThat(row.title()).isEqualTo(link.written());
        if (expected.isEmpty()) {
          assertThat(row.status()).as(link.written()).isEqualTo(LinkStatus.UNRESOLVED);
        } else if (expected.size() == 1) {
          assertThat(row.status()).as(link.written()).isEqualTo(LinkStatus.RESOLVED);
          assertThat(row.target()).as(link.written()).contains(expected.first());
        } else {
          assertThat(row.status()).as(link.written()).isEqualTo(LinkStatus.AMBIGUOUS);
          assertThat(row.candidates()).as(link.written()).containsExactlyElementsOf(expected);
        }
      }
    });
  }

  static Corpus corpus(SplittableRandom random) {
    List<Entry> articles = new ArrayList<>();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      String plain = i > 0 && random.nextInt(4) == 0
          ? articles.get(random.nextInt(articles.size())).plain() // another spelling of a title: ambiguous
          : title(random);
      articles.add(new Entry("a" + i + ".txt", plain, spell(plain, random, true)));
    }
    List<Link> links = new ArrayList<>();
    int linkCount = 1 + random.nextInt(8);
    for (int i = 0; i < linkCount; i++) {
      String plain = random.nextInt(5) == 0 ? title(random) : articles.get(random.nextInt(articles.size())).plain();
      int cutAt = cutPoint(plain, random);
      if (cutAt > 0 && random.nextBoolean()) {
        String prefix = plain.substring(0, cutAt).stripTrailing();
        String ellipsis = random.nextBoolean() ? "\u2026" : random.nextBoolean() ? "..." : " ...";
        links.add(new Link(prefix, true, quote(spell(prefix, random, false) + ellipsis, random)));
      } else {
        links.add(new Link(plain, false, spell(plain, random, true)));
      }
    }
    return new Corpus(articles, links);
  }

  private static String title(SplittableRandom random) {
    StringBuilder title = new StringBuilder();
    int words = 2 + random.nextInt(7);
    for (int i = 0; i < words; i++) {
      title.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return title.toString();
  }

  /** A place to cut the title after at least 20 characters of text, or 0 when it is too short. */
  private static int cutPoint(String plain, SplittableRandom random) {
    int first = 20;
    while (first < plain.length() && plain.charAt(first - 1) == ' ') {
      first++;
    }
    return first >= plain.length() ? 0 : first + random.nextInt(plain.length() - first);
  }

  /** The title as a writer may spell it: each forgiven difference at random. */
  private static String spell(String plain, SplittableRandom random, boolean punctuate) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == ' ') {
        String[] spaces = {" ", "  ", "\u00A0", " \u00A0", "\u202F", "\t"};
        out.append(spaces[random.nextInt(spaces.length)]);
      } else if (c == '\'') {
        String apostrophes = "'\u2019\u02BC`\u2018";
        out.append(apostrophes.charAt(random.nextInt(apostrophes.length())));
      } else if (c == '-') {
        String dashes = "-\u2010\u2011\u2013\u2014";
        out.append(dashes.charAt(random.nextInt(dashes.length())));
      } else {
        out.append(random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
      }
    }
    String spelled = out.toString();
    if (punctuate) {
      String[] finals = {"", "", ".", "!", "?", " ?", " !", "?!"};
      spelled += finals[random.nextInt(finals.length)];
      spelled = quote(spelled, random);
    }
    return spelled;
  }

  private static String quote(String text, SplittableRandom random) {
    switch (random.nextInt(7)) {
      case 0:
        return "\u00AB\u00A0" + text + "\u00A0\u00BB";
      case 1:
        return "\u201C" + text + "\u201D";
      case 2:
        return "\"" + text + "\"";
      case 3:
        return "\u2018" + text + "\u2019";
      default:
        return text;
    }
  }
}
