/** Implementation of the model's checks and JSON form; not part of the API, may change in any release. */
@NullMarked
package io.github.articlekit.core.internal;

import org.jspecify.annotations.NullMarked;
