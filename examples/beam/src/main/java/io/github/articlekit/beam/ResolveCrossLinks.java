package io.github.articlekit.beam;

import io.github.articlekit.core.Block;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.links.CrossLinkResolver;
import io.github.articlekit.parser.links.LinkStatus;
import io.github.articlekit.parser.links.ResolvedLink;
import io.github.articlekit.parser.links.TitleKey;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Resolves the cross-links of parsed articles to the articles whose titles they name: the same rows as
 * {@code articlekit links} and {@link CrossLinkResolver}, for archives that outgrow one machine.
 *
 * <pre>{@code
 * PCollection<ResolvedLink> links = parsed.get(ParseArticles.ARTICLES).apply(ResolveCrossLinks.create());
 * links.apply(MapElements.into(TypeDescriptors.strings()).via(ResolvedLink::toJson));   // the CLI's rows
 * }</pre>
 *
 * <p>A join on the folded title: each article goes out under its title's {@link TitleKey#joinKey()}, each
 * cross-link under its own, and the groups are matched by a {@link CrossLinkResolver} each. Every article
 * a link can match shares the link's join key (its first {@value TitleKey#MIN_PREFIX} folded characters,
 * which a title cut short with an ellipsis has too), so the rows are the ones one resolver over the whole
 * corpus gives, {@link ResolvedLink#position()} included: sort by source and position for the CLI's order.
 * The folding is the library's; nothing of it is written again here. A group holds the titles that share
 * a join key and the links to them, so a worker needs the memory of the largest such group.
 */
public final class ResolveCrossLinks extends PTransform<PCollection<ParsedArticle>, PCollection<ResolvedLink>> {
  private static final long serialVersionUID = 1L;

  /** Articles as (identifier, title), and links not resolved yet, each under its join key. */
  private static final TupleTag<KV<String, KV<String, String>>> KEYED_TITLES = new TupleTag<>("keyedTitles") {
    private static final long serialVersionUID = 1L;
  };
  private static final TupleTag<KV<String, ResolvedLink>> KEYED_LINKS = new TupleTag<>("keyedLinks") {
    private static final long serialVersionUID = 1L;
  };
  /** The same, in the groups of the join. */
  private static final TupleTag<KV<String, String>> TITLES = new TupleTag<>("titles") {
    private static final long serialVersionUID = 1L;
  };
  private static final TupleTag<ResolvedLink> LINKS = new TupleTag<>("links") {
    private static final long serialVersionUID = 1L;
  };

  private final int maxCandidates;

  private ResolveCrossLinks(int maxCandidates) {
    this.maxCandidates = maxCandidates;
  }

  /** @return the transform, listing at most {@link CrossLinkResolver#DEFAULT_MAX_CANDIDATES} candidates, as the CLI */
  public static ResolveCrossLinks create() {
    return new ResolveCrossLinks(CrossLinkResolver.DEFAULT_MAX_CANDIDATES);
  }

  /**
   * @param maxCandidates the most candidates an ambiguous link lists (see
   *     {@link CrossLinkResolver.Builder#maxCandidates(int)})
   * @return a copy of this transform with that limit
   */
  public ResolveCrossLinks withMaxCandidates(int maxCandidates) {
    CrossLinkResolver.builder().maxCandidates(maxCandidates); // checks it
    return new ResolveCrossLinks(maxCandidates);
  }

  @Override
  public PCollection<ResolvedLink> expand(PCollection<ParsedArticle> articles) {
    PCollectionTuple keyed = articles.apply("KeyByFoldedTitle",
        ParDo.of(new KeyFn()).withOutputTags(KEYED_TITLES, TupleTagList.of(KEYED_LINKS)));
    PCollection<KV<String, KV<String, String>>> titles = keyed.get(KEYED_TITLES)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollection<KV<String, ResolvedLink>> links = keyed.get(KEYED_LINKS)
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ResolvedLinkCoder.of()));
    return KeyedPCollectionTuple.of(TITLES, titles).and(LINKS, links)
        .apply("JoinOnFoldedTitle", CoGroupByKey.create())
        .apply("MatchWithinGroups", ParDo.of(new MatchFn(maxCandidates)))
        .setCoder(ResolvedLinkCoder.of());
  }

  /** Each article's title, and each of its cross-links, under its join key. */
  static final class KeyFn extends DoFn<ParsedArticle, KV<String, KV<String, String>>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void processElement(@Element ParsedArticle parsed, MultiOutputReceiver out) {
      String source = parsed.source();
      String title = parsed.article().title();
      out.get(KEYED_TITLES).output(KV.of(TitleKey.of(title).joinKey(), KV.of(source, title)));
      int position = 0;
      for (Block block : parsed.article().lead()) {
        if (block instanceof CrossLink link) {
          out.get(KEYED_LINKS).output(pending(source, position++, Optional.empty(), link));
        }
      }
      for (Section section : parsed.article().sections()) {
        for (CrossLink link : section.crossLinks()) {
          out.get(KEYED_LINKS).output(pending(source, position++, Optional.of(section.heading()), link));
        }
      }
    }

    /** A link on its way to its group: carried as a row not resolved yet, which holds all a link needs. */
    private static KV<String, ResolvedLink> pending(String source, int position, Optional<String> section,
        CrossLink link) {
      return KV.of(TitleKey.of(link.title()).joinKey(), new ResolvedLink(source, position, section, link.label(),
          link.title(), LinkStatus.UNRESOLVED, Optional.empty(), List.of(), false));
    }
  }

  /** The links of one join key matched with the titles of that key. */
  static final class MatchFn extends DoFn<KV<String, CoGbkResult>, ResolvedLink> {
    private static final long serialVersionUID = 1L;
    private final int maxCandidates;

    MatchFn(int maxCandidates) {
      this.maxCandidates = maxCandidates;
    }

    @ProcessElement
    public void processElement(@Element KV<String, CoGbkResult> group, OutputReceiver<ResolvedLink> out) {
      Iterable<ResolvedLink> links = group.getValue().getAll(LINKS);
      if (!links.iterator().hasNext()) {
        return; // titles no link can name
      }
      CrossLinkResolver resolver = CrossLinkResolver.builder().maxCandidates(maxCandidates).build();
      for (KV<String, String> title : group.getValue().getAll(TITLES)) {
        resolver.addTitle(title.getKey(), title.getValue());
      }
      for (ResolvedLink link : links) {
        resolver.addLink(link.source(), link.position(), link.section(), link.label(), link.title());
      }
      resolver.resolve().links().forEach(out::output);
    }
  }
}
