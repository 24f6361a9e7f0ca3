package io.github.articlekit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a folder of synthetic articles in the layout (title, heading list, body with lead, paragraphs,
 * hard-wrapped paragraphs, cross-links with and without URL, missing headings, boilerplate) in four
 * languages, deterministically from a seed. Used by the batch tests and to measure throughput:
 *
 * <pre>{@code
 * java -cp examples/cli/target/test-classes io.github.articlekit.cli.CorpusGenerator /tmp/corpus 20000
 * }</pre>
 *
 * <p>Articles go to sub-folders of 1,000 ({@code 00/000123.txt}), about 4 KB each on average.
 */
public final class CorpusGenerator {

  private record Pack(String[] words, String[] markers, String[] boilerplate) {}

  private static final Pack[] PACKS = {
      new Pack(words("le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les "
              + "ménages et les entreprises face à la hausse des prix de énergie selon plusieurs économistes "
              + "cette décision pourrait peser sur les finances publiques dans les prochains mois tandis que "
              + "opposition dénonce un plan insuffisant région ville habitants élus ministre rapport"),
          new String[] {"LIRE AUSSI", "À LIRE AUSSI", "VOIR AUSSI"},
          new String[] {"Chaque jour, nous vous proposons de nouveaux contenus captivants, cliquez sur \"Suivre\" "
              + "pour ne rien manquer !", "Et aussi"}),
      new Pack(words("the council said on tuesday that a new series of measures would support households "
              + "and small businesses facing higher energy prices according to several economists the decision "
              + "could weigh on public finances in the coming months while the opposition called the plan "
              + "insufficient region city residents officials minister report"),
          new String[] {"READ MORE", "READ ALSO", "SEE ALSO"},
          new String[] {"Every day, we bring you new captivating content, click \"Follow\" so you don't miss "
              + "anything!"}),
      new Pack(words("el gobierno anunció el martes una nueva serie de medidas para apoyar a los hogares y "
              + "a las empresas ante la subida de los precios de la energía según varios economistas esta "
              + "decisión podría pesar sobre las cuentas públicas en los próximos meses mientras la oposición "
              + "critica un plan insuficiente región ciudad vecinos ministra informe"),
          new String[] {"LEA TAMBIÉN", "LEER MÁS"},
          new String[] {"Cada día te ofrecemos nuevos contenidos, haz clic en \"Seguir\" para no perderte nada."}),
      new Pack(words("die regierung kündigte am dienstag eine neue reihe von maßnahmen an um haushalte und "
              + "unternehmen angesichts steigender energiepreise zu entlasten nach ansicht mehrerer ökonomen "
              + "könnte die entscheidung die öffentlichen haushalte in den kommenden monaten belasten während "
              + "die opposition den plan als unzureichend kritisiert region stadt bürger ministerin bericht"),
          new String[] {"LESEN SIE AUCH", "MEHR ZUM THEMA"},
          new String[] {"Jeden Tag bieten wir Ihnen neue spannende Inhalte, klicken Sie auf \"Folgen\", um nichts "
              + "zu verpassen!"}),
  };

  private CorpusGenerator() {}

  /**
   * Writes the corpus.
   *
   * @param args the folder, the number of articles (default 20,000) and the seed (default 42)
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: CorpusGenerator FOLDER [COUNT] [SEED]");
      System.exit(2);
    }
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    long bytes = generate(Path.of(args[0]), count, seed);
    System.err.printf(Locale.ROOT, "%d articles, %.1f MB in %s%n", count, bytes / 1e6, args[0]);
  }

  /**
   * Writes {@code count} articles under {@code folder}.
   *
   * @param folder where to write; created if needed
   * @param count how many articles
   * @param seed the random seed: the same seed writes the same corpus
   * @return the number of bytes written
   * @throws IOException if writing fails
   */
  public static long generate(Path folder, int count, long seed) throws IOException {
    Random random = new Random(seed);
    long total = 0;
    for (int i = 0; i < count; i++) {
      Path file = folder.resolve(String.format(Locale.ROOT, "%02d/%06d.txt", i / 1000, i));
      Files.createDirectories(file.getParent());
      byte[] bytes = article(random, PACKS[i % PACKS.length]).getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      total += bytes.length;
    }
    return total;
  }

  /** @return one article, about 4 KB on average (1.3 to 6.5 KB) */
  static String article(Random random, Pack pack) {
    int target = 2200 + random.nextInt(2800);
    boolean wrapped = random.nextInt(10) < 3;
    String title = capitalize(phrase(random, pack, 8 + random.nextInt(6)));
    List<String> headings = new ArrayList<>();
    List<List<String>> bodies = new ArrayList<>();
    StringBuilder lead = new StringBuilder();
    if (random.nextInt(10) < 3) {
      lead.append(paragraph(random, pack, wrapped)).append("\n\n");
    }
    int size = title.length() + lead.length();
    while (size < target || headings.size() < 2) {
      String heading = capitalize(phrase(random, pack, 3 + random.nextInt(4))) + " " + (headings.size() + 1);
      List<String> blocks = new ArrayList<>();
      int paragraphs = 1 + random.nextInt(3);
      for (int p = 0; p < paragraphs; p++) {
        blocks.add(paragraph(random, pack, wrapped));
      }
      if (random.nextInt(10) < 3) {
        String marker = pack.markers()[random.nextInt(pack.markers().length)];
        String link = marker + (random.nextBoolean() ? " : " : ": ") + capitalize(phrase(random, pack, 7));
        if (random.nextInt(5) == 0) {
          link += " (https://www.example.com/news/" + Integer.toHexString(random.nextInt()) + ")";
        }
        blocks.add(link);
      }
      headings.add(heading);
      bodies.add(blocks);
      for (String block : blocks) {
        size += block.length() + 2;
      }
      size += 2 * heading.length() + 3;
    }
    int missing = random.nextInt(10) == 0 ? 1 + random.nextInt(headings.size() - 1) : -1;

    StringBuilder text = new StringBuilder(target + 512);
    text.append(title).append("\n\n");
    for (String heading : headings) {
      text.append(heading).append('\n');
    }
    if (lead.length() > 0 || random.nextBoolean()) {
      text.append('\n'); // else the first heading follows the list directly, as in the reference article
    }
    text.append(lead);
    for (int s = 0; s < headings.size(); s++) {
      if (s == missing) {
        continue;
      }
      text.append(headings.get(s)).append("\n\n");
      for (String block : bodies.get(s)) {
        text.append(block).append("\n\n");
      }
    }
    if (random.nextInt(10) < 7) {
      for (String phrase : pack.boilerplate()) {
        text.append(phrase).append("\n\n");
      }
    }
    return text.toString();
  }

  private static String paragraph(Random random, Pack pack, boolean wrapped) {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 2 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        paragraph.append(' ');
      }
      paragraph.append(capitalize(phrase(random, pack, 10 + random.nextInt(12)))).append('.');
    }
    return wrapped ? wrap(paragraph.toString(), 72) : paragraph.toString();
  }

  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int lineStart = 0;
    for (String word : text.split(" ")) {
      if (out.length() > lineStart) {
        if (out.length() - lineStart + 1 + word.length() > width) {
          out.append('\n');
          lineStart = out.length();
        } else {
          out.append(' ');
        }
      }
      out.append(word);
    }
    return out.toString();
  }

  private static String phrase(Random random, Pack pack, int words) {
    StringBuilder phrase = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        phrase.append(' ');
      }
      phrase.append(pack.words()[random.nextInt(pack.words().length)]);
    }
    return phrase.toString();
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String[] words(String text) {
    return text.split(" ");
  }
}
