package io.github.articlekit.cli;

import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Language;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The inputs and parser options that {@code parse} and {@code check} share. */
public final class InputOptions {

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "A file, a folder (searched recursively for *.txt files), or - for standard input. "
          + "Inputs are reported in the order of their sorted paths.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--strict",
      description = "Refuse every input that has a warning (exit status 1).")
  boolean strict;

  @Option(names = "--charset", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Character set of the inputs, e.g. ISO-8859-1 or UTF-16 (default: ${DEFAULT-VALUE}).")
  Charset charset = java.nio.charset.StandardCharsets.UTF_8;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Inputs parsed in parallel (default: the number of processors, here ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--lang", paramLabel = "LANG", split = ",", converter = LanguageConverter.class,
      description = "Language packs of cross-link markers and boilerplate phrases, e.g. fr,en "
          + "(default: all of fr, en, es, de, it, pt). One pack is also the articles' language in jsonld "
          + "(inLanguage) and html (lang).")
  List<Language> languages = new ArrayList<>();

  @Option(names = "--marker", paramLabel = "TEXT",
      description = "An extra cross-link marker, e.g. \"PLUS D'INFOS\"; repeatable.")
  List<String> markers = new ArrayList<>();

  @Option(names = "--boilerplate", paramLabel = "TEXT",
      description = "An extra trailing boilerplate phrase; repeatable.")
  List<String> boilerplate = new ArrayList<>();

  @Option(names = "--max-headings", paramLabel = "N", defaultValue = "" + ArticleParser.DEFAULT_MAX_HEADINGS,
      description = "Refuse an input with more than N headings (in its heading list, or inferred) as "
          + "LIMIT_EXCEEDED (default: ${DEFAULT-VALUE}).")
  int maxHeadings = ArticleParser.DEFAULT_MAX_HEADINGS;

  @Option(names = "--max-blocks", paramLabel = "N", defaultValue = "" + ArticleParser.DEFAULT_MAX_BLOCKS,
      description = "Refuse an input with more than N blocks (paragraphs, cross-links and boilerplate "
          + "together) as LIMIT_EXCEEDED (default: ${DEFAULT-VALUE}). Lower it, or --max-headings, when "
          + "inputs of many tiny blocks are refused as OUT_OF_MEMORY.")
  int maxBlocks = ArticleParser.DEFAULT_MAX_BLOCKS;

  @Option(names = "--no-progress",
      description = "Never draw the progress bar (it is drawn only when standard error is a terminal).")
  boolean noProgress;

  /**
   * Builds the parser these options describe. Under {@code --strict} it refuses text with warnings with a
   * {@code StrictParseException}, which carries every diagnostic for the report.
   *
   * @param commandLine the command, to report a bad option value on
   * @return the parser
   * @throws ParameterException if an option value is not accepted
   */
  ArticleParser parser(CommandLine commandLine) {
    if (jobs < 1) {
      throw new ParameterException(commandLine, "--jobs must be at least 1, was " + jobs);
    }
    requireLimit(commandLine, "--max-headings", maxHeadings);
    requireLimit(commandLine, "--max-blocks", maxBlocks);
    ArticleParser.Builder builder = ArticleParser.builder().charset(charset).strict(strict)
        .maxHeadings(maxHeadings).maxBlocks(maxBlocks);
    if (!languages.isEmpty()) {
      builder.languages(languages);
    }
    for (String marker : markers) {
      try {
        builder.addCrossLinkMarker(marker);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(commandLine, "Invalid value for --marker: " + e.getMessage());
      }
    }
    for (String phrase : boilerplate) {
      try {
        builder.addBoilerplatePhrase(phrase);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(commandLine, "Invalid value for --boilerplate: " + e.getMessage());
      }
    }
    return builder.build();
  }

  /**
   * The articles' language, when {@code --lang} names one pack: the JSON-LD and HTML writers then write it
   * rather than infer it from the cross-link markers.
   *
   * @return the pack, or null when {@code --lang} names none or several
   */
  @Nullable Language language() {
    return languages.isEmpty() || EnumSet.copyOf(languages).size() > 1 ? null : languages.get(0);
  }

  private static void requireLimit(CommandLine commandLine, String option, int value) {
    if (value < 1) {
      throw new ParameterException(commandLine, option + " must be at least 1, was " + value);
    }
  }

  /** Reads a language pack by ISO 639-1 code or English name. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.forName(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
