package id.netra.access;

import id.netra.platform.BodyCheck;
import id.netra.platform.FieldError;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

import java.util.List;

/** A new account's body read with values of the wrong type: refused with every problem the administration finds too. */
@Component
class AccountBodyCheck implements BodyCheck {

    private final AccountAdministration accounts;

    AccountBodyCheck(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supports(MethodParameter parameter) {
        return parameter.getParameterType() == AccountAdministration.NewUser.class;
    }

    @Override
    public List<FieldError> problems(Object body, List<FieldError> typeErrors, MethodParameter parameter) {
        return BodyCheck.beside(typeErrors, accounts.creationProblems((AccountAdministration.NewUser) body));
    }
}
