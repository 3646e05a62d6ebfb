package id.netra.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page controller whose forms hold one-line texts only (the administration's: names, codes, numbers): each value
 * posted to a handler of it that shows {@link TextProblems} is taken as a one-line field of the public forms is —
 * its line breaks and line or paragraph separators made a space, its invisible characters left out
 * ({@link TextRules#oneLine}) — and given back so, each change said next to its field, nothing saved until it is sent
 * again ({@link RequestTextFilter}). A password is taken as it came.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OneLineForm {
}
