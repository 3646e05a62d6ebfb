package id.netra.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/me")
public class MeController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(String username, String displayName, List<String> roles, String office, String agency,
                     List<String> groups) {
    }

    @GetMapping
    public Me me() {
        NetraUser u = CurrentUser.get();
        return new Me(u.username(), u.displayName(), List.of(u.role().name()), u.officeCode(), u.agencyCode(), u.groups());
    }
}
