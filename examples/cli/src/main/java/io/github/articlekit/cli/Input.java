package io.github.articlekit.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One input of a run: a file, standard input, or a path that cannot be an input at all. */
sealed interface Input {

  /** The name of standard input in messages and in JSON Lines. */
  String STDIN = "<stdin>";

  /** Code of a folder that holds no {@code .txt} file. */
  String NO_INPUT = "NO_INPUT";

  /** @return the input's name in messages and output: its path as given or found */
  String source();

  /** @return its size in bytes, as far as known before reading it; 0 when unknown */
  long size();

  /**
   * A file.
   *
   * @param source its path, as given or as found in a folder
   * @param size its size in bytes
   */
  record File(String source, long size) implements Input {
    Path path() {
      return Path.of(source);
    }
  }

  /** Standard input. */
  record Stdin() implements Input {
    @Override
    public String source() {
      return STDIN;
    }

    @Override
    public long size() {
      return 0;
    }
  }

  /**
   * A path refused before it is read: a folder without articles, one that cannot be listed.
   *
   * @param source the path
   * @param code the stable code
   * @param message what is wrong
   */
  record Refused(String source, String code, String message) implements Input {
    @Override
    public long size() {
      return 0;
    }
  }

  /**
   * The inputs that command-line arguments name, in sorted order without duplicates: folders are walked
   * recursively for {@code *.txt} files, {@code -} is standard input.
   *
   * @param arguments the INPUT arguments
   * @return the inputs and whether a folder was among them
   */
  static Collected collect(List<String> arguments) {
    List<Input> inputs = new ArrayList<>();
    boolean folder = false;
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(new Stdin());
        continue;
      }
      Path path;
      try {
        path = Path.of(argument);
      } catch (InvalidPathException e) {
        inputs.add(new Refused(argument, "UNREADABLE_INPUT", "Not a valid path: " + e.getReason()));
        continue;
      }
      if (Files.isDirectory(path)) {
        folder = true;
        walk(path, inputs);
      } else {
        inputs.add(new File(path.toString(), sizeOf(path)));
      }
    }
    inputs.sort(Comparator.comparing(Input::source));
    List<Input> unique = new ArrayList<>(inputs.size());
    for (Input input : inputs) {
      if (unique.isEmpty() || !unique.get(unique.size() - 1).source().equals(input.source())) {
        unique.add(input);
      }
    }
    return new Collected(unique, folder);
  }

  /**
   * The inputs of a run.
   *
   * @param inputs in sorted order, without duplicates
   * @param folder whether a folder was among the arguments
   */
  record Collected(List<Input> inputs, boolean folder) {
    /** @return whether this is a batch: several inputs or any folder */
    boolean batch() {
      return folder || inputs.size() > 1;
    }

    /** @return the sum of the known sizes, in bytes */
    long totalBytes() {
      long total = 0;
      for (Input input : inputs) {
        total += input.size();
      }
      return total;
    }
  }

  private static void walk(Path folder, List<Input> inputs) {
    int before = inputs.size();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (isArticle(file) && (attributes.isRegularFile() || attributes.isSymbolicLink())) {
            long size = attributes.isRegularFile() ? attributes.size() : sizeOf(file);
            inputs.add(new File(file.toString(), size));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          inputs.add(new Refused(file.toString(), "UNREADABLE_INPUT", "Cannot read: " + describe(e)));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            inputs.add(new Refused(dir.toString(), "UNREADABLE_INPUT", "Cannot list the folder: " + describe(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      inputs.add(new Refused(folder.toString(), "UNREADABLE_INPUT", "Cannot list the folder: " + describe(e)));
    }
    if (inputs.size() == before) {
      inputs.add(new Refused(folder.toString(), NO_INPUT, "No .txt file in this folder"));
    }
  }

  private static boolean isArticle(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  private static long sizeOf(Path path) {
    try {
      return Files.size(path);
    } catch (IOException | SecurityException e) {
      return 0; // reading it reports the problem
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof java.nio.file.FileSystemException
        ? ((java.nio.file.FileSystemException) e).getReason() : e.getMessage();
    return reason != null ? reason : e.getClass().getSimpleName();
  }
}
