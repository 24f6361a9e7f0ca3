package io.github.articlekit.benchmarks;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ArticleWriter;
import io.github.articlekit.parser.ParseResult;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parser side by side with the least a line-based parser must do and with commonmark-java, on the
 * same text in the same run.
 *
 * <p>Scores are operations per second (one operation = one whole input); bytes per second = score x
 * the input's UTF-8 size, which {@link Report} computes from JMH's JSON results:
 *
 * <pre>
 * java -jar examples/benchmarks/target/benchmarks.jar ParseBenchmark -f 1 -wi 3 -i 5 -prof gc -rf json -rff jmh.json
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.Report jmh.json
 * </pre>
 *
 * <p>Iterations default to 5 s here (JMH's own default is 10 s), which keeps the command above near
 * seven minutes; {@code -w}/{@code -r} override it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 5, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParseBenchmark {
  /** {@code reference}: the reference article (3.9 KB); {@code long}: a generated one, 2,000 sections (1 MB). */
  @Param({"reference", "long"})
  public String input;

  private String text;
  private String markdown;
  private ArticleParser parser;
  private Parser commonmarkParser;
  private Article article;

  /** Prepares the text, its Markdown form, both parsers and the parsed article, and checks them. */
  @Setup(Level.Trial)
  public void setUp() {
    text = Inputs.text(input);
    parser = ArticleParser.create();
    ParseResult result = parser.parse(text);
    article = result.article();
    if (result.hasWarnings() || article.sections().isEmpty()
        || article.sections().size() != article.headings().size() || article.boilerplate().isEmpty()) {
      throw new IllegalStateException("Input " + input + " does not parse as the layout: " + result
          + " " + result.diagnostics());
    }
    markdown = Inputs.markdown(text, article);
    commonmarkParser = Parser.builder().build();
  }

  /** ArticleKit: the whole parse, article and diagnostics. */
  @Benchmark
  public ParseResult articlekit() {
    return parser.parse(text);
  }

  /** The floor: split into lines, strip each, sum the lengths. */
  @Benchmark
  public long linesFloor() {
    return text.lines().map(String::strip).mapToLong(String::length).sum();
  }

  /** commonmark-java on the same article written as Markdown (block and inline parsing, no rendering). */
  @Benchmark
  public Node commonmark() {
    return commonmarkParser.parse(markdown);
  }

  /** Jackson serialization of the parsed article, through {@link ArticleJson}. */
  @Benchmark
  public String writeJson() {
    return ArticleJson.toJson(article);
  }

  /** Parse, then write the article back as text. */
  @Benchmark
  public String roundTrip() {
    return ArticleWriter.write(parser.parse(text).article());
  }
}
