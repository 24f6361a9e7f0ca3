package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Block;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README rule 4, blocks: paragraphs joined with single spaces, each cross-link line alone. */
class BlockAssemblerTest {
  private static final Vocabulary VOCABULARY = new Vocabulary(List.of("LIRE AUSSI", "RELATED"), List.of());
  private static final ParseLimits LIMITS = new ParseLimits(10, 10);

  private static List<Block> blocksOf(String text) {
    ParseState state = new ParseState(text, VOCABULARY, LIMITS);
    List<Block> blocks = new ArrayList<>();
    BlockAssembler.addBlocks(state, blocks, 0, state.lines.count());
    return blocks;
  }

  @Test
  void wrappedLinesJoinWithOneSpaceAndCrossLinksStandAlone() {
    List<Block> blocks = blocksOf("Un début\n  suivi d'une suite.\nLIRE AUSSI : Un titre\nRELATED: Another\nFin.");

    assertThat(blocks).hasSize(4);
    assertThat(blocks.get(0)).isInstanceOf(Paragraph.class);
    assertThat(blocks.get(0).text()).isEqualTo("Un début suivi d'une suite.");
    assertThat(blocks.get(1)).isInstanceOf(CrossLink.class);
    assertThat(((CrossLink) blocks.get(2)).title()).isEqualTo("Another");
    assertThat(blocks.get(3).text()).isEqualTo("Fin.");
  }

  @Test
  void aMarkerWithoutTitleIsTextAndAHyphenatedWordIsNoMarker() {
    List<Block> blocks = blocksOf("LIRE AUSSI :\nRelated-party deals.");

    assertThat(blocks).singleElement().isInstanceOf(Paragraph.class);
    assertThat(blocks.get(0).text()).isEqualTo("LIRE AUSSI : Related-party deals.");
  }

  @Test
  void theBlockPastTheLimitIsRefused() {
    String text = "a.\nLIRE AUSSI : t\n".repeat(5) + "b.";
    ParseState state = new ParseState(text, VOCABULARY, LIMITS);
    List<Block> blocks = new ArrayList<>();

    BlockAssembler.addBlocks(state, blocks, 0, 10);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BlockAssembler.addBlocks(state, blocks, 10, 11))
        .hasMessageContaining("maxBlocks").hasMessageContaining("at line 11");
    assertThat(blocks).hasSize(10);
  }
}
