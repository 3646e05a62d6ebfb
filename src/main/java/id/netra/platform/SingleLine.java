package id.netra.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A short text: one line, no control or invisible characters (see {@link TextRules}). Its message is the catalogue's
 * for the problem found — a line break ({@code {input.lineBreak}}), an invisible character ({@code {input.invisible}}),
 * a control character ({@code {input.control}}) — said in the request's language.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SingleLine.Validator.class)
public @interface SingleLine {

    String message() default "{" + TextRules.LINE_BREAK + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SingleLine, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = TextRules.problem(value, false);
            if (problem == null) {
                return true;
            }
            if (!problem.equals(TextRules.LINE_BREAK)) {
                // Said as what it is: a joiner is no line break.
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + problem + "}").addConstraintViolation();
            }
            return false;
        }
    }
}
