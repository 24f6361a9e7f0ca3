package io.github.articlekit.beam;

import io.github.articlekit.parser.links.LinkStatus;
import io.github.articlekit.parser.links.ResolvedLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * Encodes a {@link ResolvedLink} field by field: strings in UTF-8 with a length prefix, the position and
 * the status as variable-length integers, each optional as a flag and its value. Deterministic.
 */
public final class ResolvedLinkCoder extends AtomicCoder<ResolvedLink> {
  private static final long serialVersionUID = 1L;
  private static final ResolvedLinkCoder INSTANCE = new ResolvedLinkCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final VarIntCoder INT = VarIntCoder.of();
  private static final BooleanCoder BOOLEAN = BooleanCoder.of();
  private static final ListCoder<String> STRINGS = ListCoder.of(StringUtf8Coder.of());
  private static final LinkStatus[] STATUSES = LinkStatus.values();

  private ResolvedLinkCoder() {}

  /** @return the coder */
  public static ResolvedLinkCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(ResolvedLink value, OutputStream out) throws IOException {
    STRING.encode(value.source(), out);
    INT.encode(value.position(), out);
    encodeOptional(value.section(), out);
    STRING.encode(value.label(), out);
    STRING.encode(value.title(), out);
    INT.encode(value.status().ordinal(), out);
    encodeOptional(value.target(), out);
    STRINGS.encode(value.candidates(), out);
    BOOLEAN.encode(value.self(), out);
  }

  @Override
  public ResolvedLink decode(InputStream in) throws IOException {
    String source = STRING.decode(in);
    int position = INT.decode(in);
    Optional<String> section = decodeOptional(in);
    String label = STRING.decode(in);
    String title = STRING.decode(in);
    int status = INT.decode(in);
    if (status < 0 || status >= STATUSES.length) {
      throw new CoderException("not a link status: " + status);
    }
    Optional<String> target = decodeOptional(in);
    List<String> candidates = STRINGS.decode(in);
    boolean self = BOOLEAN.decode(in);
    try {
      return new ResolvedLink(source, position, section, label, title, STATUSES[status], target, candidates, self);
    } catch (IllegalArgumentException e) {
      throw new CoderException("not a resolved link: " + e.getMessage());
    }
  }

  private static void encodeOptional(Optional<String> value, OutputStream out) throws IOException {
    BOOLEAN.encode(value.isPresent(), out);
    if (value.isPresent()) {
      STRING.encode(value.get(), out);
    }
  }

  private static Optional<String> decodeOptional(InputStream in) throws IOException {
    return BOOLEAN.decode(in) ? Optional.of(STRING.decode(in)) : Optional.empty();
  }

  @Override
  public void verifyDeterministic() {
    // Strings, integers and flags, each written the one way its coder allows.
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
