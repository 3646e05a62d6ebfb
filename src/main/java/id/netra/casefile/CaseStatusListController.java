package id.netra.casefile;

import id.netra.platform.CachedLists;
import id.netra.platform.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The statuses a case may have, for signed-in users' filters and screens (a reference list: {@link CachedLists}), in the
 * order of the path.
 */
@RestController
public class CaseStatusListController {

    /**
     * A status: {@code label} in the reader's language, and both languages' words ({@code labelId}, {@code labelEn}) for a
     * client that shows or stores both; {@code closed} whether a case in it has ended.
     */
    public record CaseStatusItem(String code, String label, String labelId, String labelEn, boolean closed) {
    }

    private final CachedLists cached;

    public CaseStatusListController(CachedLists cached) {
        this.cached = cached;
    }

    @GetMapping("/api/v1/reference/case-statuses")
    public ResponseEntity<List<CaseStatusItem>> caseStatuses() {
        Locale locale = Messages.currentLocale();
        return cached.forSignedIn(Arrays.stream(CaseStatus.values()).map(s -> new CaseStatusItem(s.name(), s.label(locale),
                s.label(Messages.INDONESIAN), s.label(Locale.ENGLISH), s.closed())).toList());
    }
}
