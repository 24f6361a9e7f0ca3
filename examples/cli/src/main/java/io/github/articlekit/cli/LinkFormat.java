package io.github.articlekit.cli;

import io.github.articlekit.parser.links.LinkGraph;
import io.github.articlekit.parser.links.LinkStatus;
import io.github.articlekit.parser.links.ResolvedLink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code links}. */
enum LinkFormat {
  /** One JSON line per cross-link: {@link ResolvedLink#toJson()}. */
  JSONL,
  /** The graph for Graphviz: articles as boxes labelled with their titles, resolved links as edges. */
  DOT,
  /** The graph as GraphML, for Gephi and NetworkX: nodes with a {@code label} (the title), edges with a {@code label} (the section). */
  GRAPHML;

  /** Titles in DOT labels are broken into lines of about this many characters, so that boxes stay narrow. */
  private static final int DOT_LINE = 32;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes the graph; leaves {@code out} open.
   *
   * @param graph the resolved graph
   * @param out where to write, in UTF-8
   * @throws IOException when writing fails
   */
  void write(LinkGraph graph, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    switch (this) {
      case JSONL:
        for (ResolvedLink link : graph.links()) {
          writer.write(link.toJson());
          writer.write('\n');
        }
        break;
      case DOT:
        writeDot(graph, writer);
        break;
      case GRAPHML:
        writeGraphml(graph, writer);
        break;
      default:
        throw new AssertionError(this);
    }
    writer.flush();
  }

  private static void writeDot(LinkGraph graph, Writer out) throws IOException {
    out.write("digraph links {\n");
    out.write("  rankdir=LR;\n");
    out.write("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n");
    out.write("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (LinkGraph.Node node : graph.articles()) {
      out.write("  " + dotString(node.id()) + " [label=" + dotString(wrap(node.title())) + ", tooltip="
          + dotString(node.id()) + "];\n");
    }
    for (ResolvedLink link : graph.links()) {
      if (link.status() == LinkStatus.RESOLVED) {
        out.write("  " + dotString(link.source()) + " -> " + dotString(link.target().orElseThrow())
            + link.section().map(section -> " [label=" + dotString(section) + "]").orElse("") + ";\n");
      }
    }
    out.write("}\n");
  }

  /** A DOT quoted string; a line feed in it stands for a line break of the label. */
  private static String dotString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** The title broken at spaces into lines of about {@link #DOT_LINE} characters. */
  private static String wrap(String title) {
    StringBuilder out = new StringBuilder(title.length() + 8);
    int lineStart = 0;
    for (String word : title.split(" ", -1)) {
      if (out.length() > lineStart && out.length() - lineStart + word.length() > DOT_LINE) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  private static void writeGraphml(LinkGraph graph, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      xml.writeCharacters("\n  ");
      key(xml, "title", "node", "label");
      xml.writeCharacters("\n  ");
      key(xml, "section", "edge", "label");
      xml.writeCharacters("\n  ");
      key(xml, "marker", "edge", "marker");
      xml.writeCharacters("\n  ");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", "links");
      xml.writeAttribute("edgedefault", "directed");
      for (LinkGraph.Node node : graph.articles()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("node");
        xml.writeAttribute("id", node.id());
        data(xml, "title", node.title());
        xml.writeEndElement();
      }
      for (ResolvedLink link : graph.links()) {
        if (link.status() == LinkStatus.RESOLVED) {
          xml.writeCharacters("\n    ");
          xml.writeStartElement("edge");
          xml.writeAttribute("source", link.source());
          xml.writeAttribute("target", link.target().orElseThrow());
          if (link.section().isPresent()) {
            data(xml, "section", link.section().get());
          }
          data(xml, "marker", link.label());
          xml.writeEndElement();
        }
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  private static void key(XMLStreamWriter xml, String id, String domain, String name) throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", domain);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", "string");
  }

  private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  /** Reads a format name, ignoring case. */
  static final class Converter implements ITypeConverter<LinkFormat> {
    @Override
    public LinkFormat convert(String value) {
      for (LinkFormat format : values()) {
        if (format.name().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new TypeConversionException("unknown format '" + value + "'; use jsonl, dot or graphml");
    }
  }
}
