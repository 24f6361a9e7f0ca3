/**
 * The ArticleKit model: an immutable {@link io.github.articlekit.core.Article} with its
 * {@link io.github.articlekit.core.Section sections}, {@link io.github.articlekit.core.Block blocks}
 * ({@link io.github.articlekit.core.Paragraph} and {@link io.github.articlekit.core.CrossLink}),
 * {@link io.github.articlekit.core.Boilerplate} and {@link io.github.articlekit.core.SourceSpan source spans}.
 *
 * <p>Every value is immutable, thread-safe and null-free: collections are empty rather than
 * {@code null}, optional parts are {@link java.util.Optional}. Values are made with builders
 * ({@code Article.builder()}) or small factories ({@code Paragraph.of(text)}), and copied with
 * {@code with...} methods. Invariants are checked when a value is built and reported with an
 * {@link java.lang.IllegalArgumentException} that names the field.
 *
 * <p>Each type reads and writes its JSON form with a plain Jackson {@code ObjectMapper}, no module to
 * register; {@link io.github.articlekit.core.ArticleJson} is a ready-made reader and writer.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    // Generated classes stay package-private: builders are reached as Article.builder().
    get = {},
    // The JSON form is written by hand (internal.ModelJson): no generated Jackson glue.
    jacksonIntegration = false,
    // No @Generated or other class-path annotations in the generated code: Immutables is a
    // build-time tool only, and consumers compiling against core must not need its jar.
    allowedClasspathAnnotations = {Override.class})
package io.github.articlekit.core;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
