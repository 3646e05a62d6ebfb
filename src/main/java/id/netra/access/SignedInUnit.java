package id.netra.access;

import id.netra.platform.ErrorPages;
import id.netra.platform.WebPage;
import id.netra.reference.Agency;
import id.netra.reference.Office;
import id.netra.reference.ReferenceData;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The office or agency the signed-in user acts for, by its name, for the pages' header ({@code meUnit}): "Bawaslu
 * Kabupaten Serang", "Pemerintah Kabupaten Serang", the code beside it only as the name's title. Null for the examining
 * agency and administrators (the header says their role) and for anyone not signed in.
 */
@ControllerAdvice(annotations = WebPage.class, assignableTypes = ErrorPages.class)
class SignedInUnit {

    /** A unit as the header names it: its name and code. */
    public record Unit(String name, String code) {
    }

    private final ReferenceData reference;

    SignedInUnit(ReferenceData reference) {
        this.reference = reference;
    }

    @ModelAttribute("meUnit")
    Unit meUnit() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth != null && auth.getPrincipal() instanceof UserAccount account)) {
            return null;
        }
        NetraUser me = account.user();
        if (me.officeCode() != null) {
            return new Unit(reference.office(me.officeCode()).map(Office::name).orElse(me.officeCode()), me.officeCode());
        }
        if (me.agencyCode() != null) {
            return new Unit(reference.agency(me.agencyCode()).map(Agency::name).orElse(me.agencyCode()), me.agencyCode());
        }
        return null;
    }
}
