package io.github.articlekit.beam;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ArticleJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Encodes a {@link ParsedArticle} as its source (UTF-8) followed by the article's JSON form
 * ({@link ArticleJson#toJson}, UTF-8), each with a length prefix.
 *
 * <p>Why the JSON form: it is ArticleKit's public, versioned contract, it holds every part of an
 * article including the source spans (which {@code Article.equals} ignores), and
 * {@link ArticleJson#fromJson(InputStream)} gives back the same article, so what crosses workers
 * is exactly what was parsed. Java serialization would tie the wire form to the model's generated
 * implementation classes, and a schema-inferred coder cannot see the sealed block hierarchy.
 * Downstream transforms still get typed {@link Article}s, not strings to parse again.
 *
 * <p>The coder is not deterministic in Beam's sense (equal values can encode differently, since two
 * articles equal without their spans may have different spans), so a {@code ParsedArticle} is not a
 * grouping key; key by {@link ParsedArticle#source()} instead.
 */
public final class ParsedArticleCoder extends AtomicCoder<ParsedArticle> {
  private static final long serialVersionUID = 1L;
  private static final ParsedArticleCoder INSTANCE = new ParsedArticleCoder();
  private static final StringUtf8Coder SOURCE_CODER = StringUtf8Coder.of();
  private static final ByteArrayCoder JSON_CODER = ByteArrayCoder.of();

  private ParsedArticleCoder() {}

  /** @return the coder */
  public static ParsedArticleCoder of() {
    return INSTANCE;
  }

  /**
   * For {@code @DefaultCoder}: Beam finds the coder of {@link ParsedArticle} through this method.
   *
   * @return a provider of this coder for {@link ParsedArticle}
   */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(ParsedArticle.class), INSTANCE);
  }

  @Override
  public void encode(ParsedArticle value, OutputStream out) throws IOException {
    SOURCE_CODER.encode(value.source(), out);
    JSON_CODER.encode(ArticleJson.toJson(value.article()).getBytes(StandardCharsets.UTF_8), out);
  }

  @Override
  public ParsedArticle decode(InputStream in) throws IOException {
    String source = SOURCE_CODER.decode(in);
    byte[] json = JSON_CODER.decode(in);
    try {
      Article article = ArticleJson.fromJson(new ByteArrayInputStream(json));
      return new ParsedArticle(source, article);
    } catch (ArticleException e) {
      throw new CoderException("Cannot decode the article of " + source + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void verifyDeterministic() throws NonDeterministicException {
    throw new NonDeterministicException(this,
        "articles equal without their source spans may encode differently; key by source instead");
  }

  /** Keeps the singleton when the coder is deserialized on a worker. */
  private Object readResolve() {
    return INSTANCE;
  }
}
