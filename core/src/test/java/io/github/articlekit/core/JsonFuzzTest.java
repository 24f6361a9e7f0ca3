package io.github.articlekit.core;

import static io.github.articlekit.testing.Checks.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.testing.FuzzInput;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz targets for {@link ArticleJson#fromJson} (Jazzer), from text and from bytes.
 *
 * <p>The normal test run only replays the committed inputs under
 * {@code src/test/resources/io/github/articlekit/core/JsonFuzzTestInputs/<method>/}: seeds (the
 * reference article's JSON, the valid and invalid JSON fixtures, the parser fixtures' golden JSON) and
 * every finding, kept as a regression input. To fuzz for real, see the README, "Contributing".
 *
 * <p>The contract: only {@link ArticleException} with code {@code INVALID_JSON} escapes; what is accepted
 * writes back to JSON that reads as the same article, spans included, and a plain {@link ObjectMapper}
 * (which is more lenient) reads it the same.
 */
class JsonFuzzTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** JSON text: the bytes read by {@link FuzzInput#decode} (UTF-8, with {@code 0xFF hi lo} for any UTF-16 unit). */
  @FuzzTest(maxDuration = "10m")
  void fromJsonText(byte[] data) throws Exception {
    String json = FuzzInput.decode(data);
    Article article;
    try {
      article = ArticleJson.fromJson(json);
    } catch (ArticleException e) {
      checkRefusal(e);
      return;
    }
    checkAccepted(article);
    Article plain = PLAIN.readValue(json, Article.class);
    check(article.equals(plain) && ArticleJson.toJson(plain).equals(ArticleJson.toJson(article)),
        () -> "a plain ObjectMapper reads accepted JSON differently");
  }

  /** JSON bytes (UTF-8, UTF-16 or UTF-32, detected by Jackson). */
  @FuzzTest(maxDuration = "10m")
  void fromJsonBytes(byte[] data) {
    Article article;
    try {
      article = ArticleJson.fromJson(new ByteArrayInputStream(data));
    } catch (ArticleException e) {
      checkRefusal(e);
      return;
    }
    checkAccepted(article);
    // Bytes that are UTF-8 (no BOM, no NUL: Jackson reads those as UTF-16 or UTF-32) read as their text does.
    String utf8 = decodeUtf8(data);
    if (utf8 != null && !utf8.startsWith("\uFEFF") && utf8.indexOf('\0') < 0) {
      Article viaText = ArticleJson.fromJson(utf8);
      check(ArticleJson.toJson(viaText).equals(ArticleJson.toJson(article)),
          () -> "UTF-8 bytes and their text read differently");
    }
  }

  private static void checkRefusal(ArticleException e) {
    check(e.code().equals(ErrorCode.INVALID_JSON), () -> "refusal with code " + e.code());
    check(e.getMessage() != null && e.getMessage().startsWith("Invalid article JSON"),
        () -> "refusal message does not say what failed: " + e.getMessage());
  }

  /** What is accepted writes back to JSON that reads as the same article, spans and all, compact or pretty. */
  private static void checkAccepted(Article article) {
    String json = ArticleJson.toJson(article);
    Article back = ArticleJson.fromJson(json);
    check(back.equals(article), () -> "written JSON reads as another article: " + json);
    check(ArticleJson.toJson(back).equals(json), () -> "written JSON does not keep spans: " + json);
    check(ArticleJson.fromJson(ArticleJson.toPrettyJson(article)).equals(article), () -> "pretty JSON reads differently");
  }

  private static String decodeUtf8(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
