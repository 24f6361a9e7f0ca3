import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ArticleWriter;
import io.github.articlekit.parser.ParseResult;
import java.nio.file.Path;

public class QuickStart {
  public static void main(String[] args) {
    Path samples = Path.of(args.length > 0 ? args[0] : "examples/samples");
    ArticleParser parser = ArticleParser.builder().build(); // immutable, thread-safe: build once, share

    ParseResult result = parser.parse(samples.resolve("000_e5549e3a27514e14.txt")); // or a String, Reader, InputStream
    Article article = result.article();
    System.out.println(article.title());
    // La Corée du Sud exige le retrait des troupes nord-coréennes de Russie
    System.out.println(article.sections().size() + " sections, " + article.wordCount() + " words");
    // 12 sections, 491 words
    System.out.println(article.sections().get(2).heading());
    // Des troupes en Russie
    CrossLink link = article.crossLinks().get(0);
    System.out.println(link.label() + " -> " + link.title());
    // LIRE AUSSI -> Confirmation du secrétaire américain à la Défense : des troupes nord-coréennes sont en route pour l'Ukraine
    System.out.println(article.section("des troupes en russie").isPresent()); // case- and space-insensitive
    // true

    // Diagnostics: what did not follow the layout, with its line and column.
    parser.parse(samples.resolve("002_fr_vendanges.txt")).diagnostics()
        .forEach(diagnostic -> System.out.println(diagnostic.format()));
    // 5:1: warning: heading "Des prix sous pression" is listed but not found in the body [HEADING_NOT_FOUND]

    String json = ArticleJson.toPrettyJson(article); // a plain Jackson ObjectMapper reads and writes it too
    System.out.println(ArticleJson.fromJson(json).equals(article));
    // true
    String text = ArticleWriter.write(article); // the layout again
    System.out.println(parser.parse(text).article().equals(article));
    // true

    Article byHand = Article.builder()
        .title("A title")
        .addHeadings("First")
        .addSections(Section.builder().heading("First")
            .addBlocks(Paragraph.of("Some text."), CrossLink.of("READ MORE", "Another story"))
            .build())
        .build();
    System.out.println(ArticleJson.toJson(byHand));
    // {"title":"A title","headings":["First"],"lead":[],"sections":[{"heading":"First","blocks":[{"type":"paragraph","text":"Some text."},{"type":"crossLink","label":"READ MORE","title":"Another story"}]}],"boilerplate":[]}
  }
}
