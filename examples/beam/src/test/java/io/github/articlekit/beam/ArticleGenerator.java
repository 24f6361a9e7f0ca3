package io.github.articlekit.beam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes articles in the layout, seeded and so reproducible: a title, the heading list, sections of
 * hard-wrapped paragraphs, cross-link lines, and sometimes a lead, a missing heading (a warning) or
 * trailing boilerplate. About 4 KB each by default.
 *
 * <p>Also a program, for timings: {@code java -cp examples/beam/target/test-classes
 * io.github.articlekit.beam.ArticleGenerator DIR COUNT [SEED]}.
 */
final class ArticleGenerator {
  private static final String[] WORDS = {
    "le", "gouvernement", "a", "annoncé", "mardi", "une", "réforme", "des", "retraites", "qui", "suscite",
    "déjà", "la", "colère", "syndicats", "selon", "ministre", "économie", "cette", "mesure", "permettra",
    "de", "réduire", "déficit", "public", "d'ici", "fin", "année", "prochaine", "les", "élus",
    "opposition", "dénoncent", "un", "passage", "en", "force", "tandis", "que", "majorité", "salue",
    "courage", "politique", "the", "council", "approved", "new", "budget", "after", "long", "debate",
    "residents", "said", "they", "were", "worried", "about", "rising", "costs", "and", "slower",
    "services", "but", "mayor", "insisted", "that", "plan", "would", "protect", "schools", "región",
    "sequía", "agricultores", "pérdidas", "cosecha", "Wasserstoff", "Zug", "Strecke", "Bahnhof",
    "«", "»", "—", "l’accord", "2025", "milliards", "d’euros", "été", "hôpital", "naïf", "Noël",
  };
  private static final String[] MARKERS = {"LIRE AUSSI", "READ MORE", "LEA TAMBIÉN", "À LIRE AUSSI", "Lire aussi"};

  private final Random random;

  ArticleGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** @return the text of one article of about {@code sections} × 650 bytes */
  String article(int index, int sections) {
    StringBuilder text = new StringBuilder(sections * 800);
    text.append(capitalize(words(6 + random.nextInt(8)))).append(" (").append(index).append(")\n\n");
    List<String> headings = new ArrayList<>();
    for (int i = 0; i < sections; i++) {
      headings.add(capitalize(words(2 + random.nextInt(4))) + " " + (char) ('A' + i % 26) + index);
    }
    for (String heading : headings) {
      text.append(heading).append('\n');
    }
    text.append('\n');
    if (random.nextInt(4) == 0) {
      paragraph(text); // a lead
    }
    int missing = random.nextInt(10) == 0 ? 1 + random.nextInt(sections - 1) : -1;
    for (int i = 0; i < sections; i++) {
      if (i == missing) {
        continue; // listed, never comes back: HEADING_NOT_FOUND
      }
      text.append(headings.get(i)).append("\n\n");
      int paragraphs = 1 + random.nextInt(2);
      for (int p = 0; p < paragraphs; p++) {
        paragraph(text);
      }
      if (random.nextInt(3) == 0) {
        text.append(MARKERS[random.nextInt(MARKERS.length)]).append(random.nextBoolean() ? " : " : ": ")
            .append(capitalize(words(5 + random.nextInt(6))));
        if (random.nextBoolean()) {
          text.append(" (https://example.org/").append(index).append('/').append(i).append(')');
        }
        text.append("\n\n");
      }
    }
    if (random.nextInt(3) == 0) {
      text.append("Chaque jour, nous vous proposons de nouveaux contenus captivants, cliquez sur \"Suivre\" "
          + "pour ne rien manquer.\n\nEt aussi\n").append(capitalize(words(4))).append('\n');
    }
    return random.nextInt(8) == 0 ? text.toString().replace("\n", "\r\n") : text.toString();
  }

  private void paragraph(StringBuilder text) {
    String paragraph = capitalize(words(40 + random.nextInt(40))) + ".";
    if (random.nextBoolean()) {
      text.append(paragraph).append("\n\n");
      return;
    }
    int column = 0;
    for (String word : paragraph.split(" ")) {
      if (column > 0 && column + word.length() > 78) {
        text.append('\n');
        column = 0;
      } else if (column > 0) {
        text.append(' ');
        column++;
      }
      text.append(word);
      column += word.length();
    }
    text.append("\n\n");
  }

  private String words(int count) {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        words.append(' ');
      }
      words.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return words.toString();
  }

  private static String capitalize(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /**
   * Writes {@code count} articles as {@code article-00000.txt}, ... into {@code folder}.
   *
   * @return the files, in name order
   */
  static List<Path> writeArticles(Path folder, int count, long seed) throws IOException {
    ArticleGenerator generator = new ArticleGenerator(seed);
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Path file = folder.resolve(String.format(Locale.ROOT, "article-%05d.txt", i));
      Files.writeString(file, generator.article(i, 5 + generator.random.nextInt(3)), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ArticleGenerator DIR COUNT [SEED]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    List<Path> files = writeArticles(folder, count, args.length > 2 ? Long.parseLong(args[2]) : 42L);
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    System.err.printf(Locale.ROOT, "%d articles, %.1f MB, %.1f KB each, in %s%n", count, bytes / 1e6,
        bytes / 1e3 / count, folder);
  }
}
