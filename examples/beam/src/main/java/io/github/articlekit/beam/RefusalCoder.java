package io.github.articlekit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.values.TypeDescriptor;

/** Encodes a {@link Refusal} as its three strings in UTF-8, each with a length prefix. Deterministic. */
public final class RefusalCoder extends AtomicCoder<Refusal> {
  private static final long serialVersionUID = 1L;
  private static final RefusalCoder INSTANCE = new RefusalCoder();
  private static final StringUtf8Coder STRING_CODER = StringUtf8Coder.of();

  private RefusalCoder() {}

  /** @return the coder */
  public static RefusalCoder of() {
    return INSTANCE;
  }

  /**
   * For {@code @DefaultCoder}: Beam finds the coder of {@link Refusal} through this method.
   *
   * @return a provider of this coder for {@link Refusal}
   */
  public static CoderProvider getCoderProvider() {
    return CoderProviders.forCoder(TypeDescriptor.of(Refusal.class), INSTANCE);
  }

  @Override
  public void encode(Refusal value, OutputStream out) throws IOException {
    STRING_CODER.encode(value.source(), out);
    STRING_CODER.encode(value.code(), out);
    STRING_CODER.encode(value.message(), out);
  }

  @Override
  public Refusal decode(InputStream in) throws IOException {
    return new Refusal(STRING_CODER.decode(in), STRING_CODER.decode(in), STRING_CODER.decode(in));
  }

  @Override
  public void verifyDeterministic() {
    // Three strings, each written the one way UTF-8 allows.
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
