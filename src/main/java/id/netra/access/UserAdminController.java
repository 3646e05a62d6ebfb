package id.netra.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Administrators manage accounts: create, change role and office/agency, disable, reset password, unlock. The rules
 * are {@link AccountAdministration}'s, shared with the pages.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
public class UserAdminController {

    public record PasswordReset(String password) {
    }

    private final AccountAdministration accounts;

    public UserAdminController(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    public List<UserRepository.UserRow> list() {
        return accounts.list();
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping
    public ResponseEntity<UserRepository.UserRow> create(@RequestBody AccountAdministration.NewUser body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.create(body));
    }

    @PatchMapping("/{username}")
    public UserRepository.UserRow change(@PathVariable("username") String typed, @RequestBody AccountAdministration.UserChange body) {
        return accounts.change(typed, body);
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Done, nothing to answer", useReturnTypeSchema = true)
    @PostMapping("/{username}/password")
    public ResponseEntity<Void> resetPassword(@PathVariable("username") String typed, @RequestBody PasswordReset body) {
        accounts.resetPassword(typed, body.password());
        return ResponseEntity.noContent().build();
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Done, nothing to answer", useReturnTypeSchema = true)
    @PostMapping("/{username}/unlock")
    public ResponseEntity<Void> unlock(@PathVariable("username") String typed) {
        accounts.unlock(typed);
        return ResponseEntity.noContent().build();
    }
}
