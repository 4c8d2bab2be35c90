package org.welcomedesk.platform.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How long a text field of a request may be and whether it may hold several lines; text
 * without it is {@link PlainText#SHORT} and one line. Read by the REST API's JSON binding
 * (on record components, and on collections of text for each element).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface TextField {

    /** The most characters (UTF-16 units, as the database counts them) the field takes. */
    int maxLength() default PlainText.SHORT;

    /** Whether tabs and line breaks are allowed (notes, descriptions). */
    boolean multiLine() default false;
}
