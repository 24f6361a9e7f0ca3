package io.github.articlekit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The standard streams a run of the tool uses, so that tests can run it in-process with captured streams.
 *
 * @param in standard input, read by the input {@code -}
 * @param out standard output, as bytes: the tool writes UTF-8 to it
 * @param err standard error, as bytes: the tool writes UTF-8 to it
 * @param errIsTerminal whether {@code err} is a terminal, where a progress bar may be drawn
 */
public record Streams(InputStream in, OutputStream out, OutputStream err, boolean errIsTerminal) {

  /** Checks the parts. */
  public Streams {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
  }

  /**
   * Captured streams for tests and embedding: never a terminal.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the streams
   */
  public static Streams of(InputStream in, OutputStream out, OutputStream err) {
    return new Streams(in, out, err, false);
  }

  /** @return the process's own standard streams */
  public static Streams system() {
    return new Streams(System.in, new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err), stderrIsTerminal());
  }

  /**
   * Whether the process's standard error is a terminal. Java 17 has no direct test: on Linux the
   * descriptor's link in {@code /proc} names a terminal device; elsewhere the console stands in for it.
   */
  static boolean stderrIsTerminal() {
    String term = System.getenv("TERM");
    if (term != null && term.toLowerCase(Locale.ROOT).equals("dumb")) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall through to the console test
    }
    return System.console() != null;
  }
}
