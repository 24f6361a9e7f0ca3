/** The parser's implementation; not part of the API, may change in any release. */
@NullMarked
package io.github.articlekit.parser.internal;

import org.jspecify.annotations.NullMarked;
