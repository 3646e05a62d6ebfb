package id.netra.access;

import id.netra.reference.ReferencePages;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signed-in user as {@code me} (the pages' header names them) for the reference data's pages, which cannot ask
 * {@link CurrentUser} themselves: {@code access} reads the reference data, and the arrow points one way.
 */
@ControllerAdvice(assignableTypes = ReferencePages.class)
public class ReferencePagesUser {

    @ModelAttribute("me")
    public NetraUser me() {
        return CurrentUser.get();
    }
}
