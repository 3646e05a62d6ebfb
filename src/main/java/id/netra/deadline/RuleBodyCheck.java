package id.netra.deadline;

import id.netra.platform.BodyCheck;
import id.netra.platform.FieldError;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Map;

/**
 * A rule set's body read with values of the wrong type: refused with every other number missing or out of its range
 * too, judged against the rule set in force of the election the address names.
 */
@Component
class RuleBodyCheck implements BodyCheck {

    private final RuleSets ruleSets;

    RuleBodyCheck(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @Override
    public boolean supports(MethodParameter parameter) {
        return parameter.getParameterType() == RuleNumbers.class;
    }

    @Override
    public List<FieldError> problems(Object body, List<FieldError> typeErrors, MethodParameter parameter) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object variables = request == null ? null
                : request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        Object named = variables instanceof Map<?, ?> map ? map.get("electionType") : null;
        ElectionType type = named == null ? null : java.util.Arrays.stream(ElectionType.values())
                .filter(t -> t.name().equalsIgnoreCase(String.valueOf(named).strip())).findFirst().orElse(null);
        return BodyCheck.beside(typeErrors, ((RuleNumbers) body).problems(type == null ? null : ruleSets.forElection(type)));
    }
}
