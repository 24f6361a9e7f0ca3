package io.github.articlekit.parser.render;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A real JSON-LD processor (Titanium), offline: the schema.org context comes from a test resource that
 * defines each term the writer may use and nothing else, so that an unknown term is dropped by the
 * expansion and shows. The types' properties come from schema.org's vocabulary (test resource
 * {@code jsonld/schema-org-terms.tsv}).
 */
final class JsonLd {
  static final String SCHEMA = "https://schema.org/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DocumentLoader OFFLINE = (url, options) -> {
    String name = url.toString();
    if (name.equals("https://schema.org") || name.equals(SCHEMA)) {
      try (InputStream in = resource("jsonld/schema-org-context.jsonld")) {
        return JsonDocument.of(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: no document at " + url);
  };

  private JsonLd() {}

  /** Expands a document with the bundled context; throws on any JSON-LD error. */
  static JsonNode expand(String document) {
    try {
      String expanded = com.apicatalog.jsonld.JsonLd.expand(JsonDocument.of(new StringReader(document)))
          .loader(OFFLINE).get().toString();
      return MAPPER.readTree(expanded);
    } catch (JsonLdError e) {
      throw new AssertionError("not valid JSON-LD: " + e.getMessage() + "\n" + document, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The terms the bundled context defines. */
  static Set<String> contextTerms() {
    try (InputStream in = resource("jsonld/schema-org-context.jsonld")) {
      Set<String> terms = new java.util.TreeSet<>();
      MAPPER.readTree(in).get("@context").fieldNames().forEachRemaining(terms::add);
      return terms;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each schema.org type of the vocabulary file with the properties it may carry. */
  static Map<String, Set<String>> vocabulary() {
    try (InputStream in = resource("jsonld/schema-org-terms.tsv")) {
      Map<String, Set<String>> types = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] parts = line.split("\t");
          types.put(parts[0], Set.of(parts[1].split(",")));
        }
      }
      return types;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = JsonLd.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    return in;
  }
}
