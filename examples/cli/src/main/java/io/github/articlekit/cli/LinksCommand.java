package io.github.articlekit.cli;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.ParseResult;
import io.github.articlekit.parser.links.CrossLinkResolver;
import io.github.articlekit.parser.links.LinkGraph;
import io.github.articlekit.parser.links.LinkStatus;
import io.github.articlekit.parser.links.ResolvedLink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code articlekit links}: which article each cross-link of a corpus names, as rows or as a graph. */
@Command(
    name = "links",
    description = {
        "Resolves every cross-link of a corpus to the article whose title it names, and writes one JSON line "
            + "per cross-link (sorted by source, then in the order of the text), or the graph for Graphviz "
            + "(dot) or Gephi and NetworkX (graphml).",
        "A title matches when it is the same after folding case, spaces, typographic apostrophes, quotes and "
            + "dashes, final punctuation and quotes around it; a title cut short with '…' or '...' after at "
            + "least 20 characters matches the titles that start with it. Status: resolved (one article), "
            + "ambiguous (several: their paths are the candidates), unresolved (none).",
        "Diagnostics and refused inputs are reported on standard error as by parse, then how many links are "
            + "resolved, ambiguous and unresolved, the most-linked articles and the articles no link reaches."},
    footer = {"", "Examples:",
        "  articlekit links articles/ > links.jsonl",
        "  articlekit links articles/ --format dot | dot -Tpng -o links.png",
        "  articlekit links articles/ --format graphml --out links.graphml"})
final class LinksCommand extends BatchCommand {
  /** How many of the most-linked articles, and of those no link reaches, the summary names. */
  private static final int NAMED_IN_SUMMARY = 5;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = LinkFormat.Converter.class,
      description = "jsonl (default: one line per cross-link), dot or graphml.")
  LinkFormat format = LinkFormat.JSONL;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the output to FILE (UTF-8) instead of standard output.")
  @Nullable Path out;

  @Option(names = "--max-articles", paramLabel = "N", defaultValue = "" + CrossLinkResolver.DEFAULT_MAX_ARTICLES,
      description = "Refuse inputs past N articles (LIMIT_EXCEEDED); bounds the memory of the title index. "
          + "Default: ${DEFAULT-VALUE}.")
  int maxArticles = CrossLinkResolver.DEFAULT_MAX_ARTICLES;

  @Option(names = "--max-links", paramLabel = "N", defaultValue = "" + CrossLinkResolver.DEFAULT_MAX_LINKS,
      description = "Refuse inputs past N cross-links in all (LIMIT_EXCEEDED). Default: ${DEFAULT-VALUE}.")
  int maxLinks = CrossLinkResolver.DEFAULT_MAX_LINKS;

  @Override
  public Integer call() {
    CrossLinkResolver resolver;
    try {
      resolver = CrossLinkResolver.builder().maxArticles(maxArticles).maxLinks(maxLinks).build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return run(new Links(resolver, format), out);
  }

  /** Keeps each article's title and cross-links, resolves them after the last input, writes and sums up. */
  private static final class Links implements Gather {
    private final CrossLinkResolver resolver;
    private final LinkFormat format;
    private @Nullable LinkGraph graph;

    Links(CrossLinkResolver resolver, LinkFormat format) {
      this.resolver = resolver;
      this.format = format;
    }

    @Override
    public Object keep(String source, ParseResult result) {
      // The title and the cross-links only: the rest of the article is garbage once the worker is done.
      Article article = result.article();
      Article.Builder slim = Article.builder().title(article.title());
      article.lead().stream().filter(CrossLink.class::isInstance).forEach(slim::addLead);
      for (Section section : article.sections()) {
        List<CrossLink> links = section.crossLinks();
        if (!links.isEmpty()) {
          slim.addSections(Section.builder().heading(section.heading()).addAllBlocks(links).build());
        }
      }
      return slim.build();
    }

    @Override
    public void accept(String source, Object kept) {
      resolver.add(source, (Article) kept);
    }

    @Override
    public void finish(OutputStream out) throws IOException {
      LinkGraph resolved = resolver.resolve();
      graph = resolved;
      format.write(resolved, out);
    }

    @Override
    public void summary(Reporter reporter) {
      LinkGraph resolved = graph;
      if (resolved == null) {
        return;
      }
      long[] counts = new long[LinkStatus.values().length];
      long self = 0;
      Map<String, Integer> inbound = new HashMap<>();
      for (ResolvedLink link : resolved.links()) {
        counts[link.status().ordinal()]++;
        if (link.self()) {
          self++;
        } else if (link.status() == LinkStatus.RESOLVED) {
          inbound.merge(link.target().orElseThrow(), 1, Integer::sum);
        }
      }
      reporter.line("articlekit: " + Outline.plural(resolved.links().size(), "cross-link") + ": "
          + counts[LinkStatus.RESOLVED.ordinal()] + " resolved"
          + (self > 0 ? " (" + self + " to its own article)" : "") + ", "
          + counts[LinkStatus.AMBIGUOUS.ordinal()] + " ambiguous, "
          + counts[LinkStatus.UNRESOLVED.ordinal()] + " unresolved");
      List<Map.Entry<String, Integer>> mostLinked = new ArrayList<>(inbound.entrySet());
      mostLinked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      if (!mostLinked.isEmpty()) {
        StringBuilder line = new StringBuilder("articlekit: most linked: ");
        for (int i = 0; i < Math.min(NAMED_IN_SUMMARY, mostLinked.size()); i++) {
          line.append(i > 0 ? ", " : "").append(mostLinked.get(i).getKey())
              .append(" (").append(mostLinked.get(i).getValue()).append(')');
        }
        reporter.line(line.toString());
      }
      List<String> unreached = new ArrayList<>();
      int unreachedCount = 0;
      for (LinkGraph.Node node : resolved.articles()) {
        if (!inbound.containsKey(node.id())) {
          if (unreachedCount++ < NAMED_IN_SUMMARY) {
            unreached.add(node.id());
          }
        }
      }
      if (unreachedCount > 0) {
        reporter.line("articlekit: no link reaches " + unreachedCount + " of "
            + Outline.plural(resolved.articles().size(), "article") + ": " + String.join(", ", unreached)
            + (unreachedCount > unreached.size() ? ", and " + (unreachedCount - unreached.size()) + " more" : ""));
      }
    }
  }
}
