package id.netra.intake;

import id.netra.access.CurrentUser;
import id.netra.platform.BodyCheck;
import id.netra.platform.FieldError;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

import java.util.List;

/** A report's or a finding's body read with values of the wrong type: refused with every problem the service finds too. */
@Component
class ReportBodyCheck implements BodyCheck {

    private final IntakeService intake;

    ReportBodyCheck(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public boolean supports(MethodParameter parameter) {
        return parameter.getParameterType() == ReportRequest.class;
    }

    @Override
    public List<FieldError> problems(Object body, List<FieldError> typeErrors, MethodParameter parameter) {
        boolean finding = parameter.getContainingClass() == FindingController.class;
        return intake.besideTypeErrors((ReportRequest) body, typeErrors, finding ? CurrentUser.get() : null);
    }
}
