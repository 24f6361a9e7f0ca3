package io.github.articlekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version every command shows: the project's, filtered into a resource by Maven at build time. */
public final class VersionProvider implements IVersionProvider {

  private static final String RESOURCE = "/articlekit-cli.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
        "articlekit " + version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }

  /** @return the project version, e.g. {@code 0.1.0}, or {@code unknown} in an unfiltered build */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.contains("${")) {
          return version.strip();
        }
      }
    } catch (IOException e) {
      // fall back to the manifest
    }
    String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
    return fromManifest != null ? fromManifest : "unknown";
  }
}
