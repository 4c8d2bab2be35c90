package org.welcomedesk.platform.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A larger request body than the API's default ({@link RequestLimits#DEFAULT_BODY_BYTES}) for
 * one operation: a whole directory document, an import file.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** The most bytes the body may have. */
    long bytes();
}
