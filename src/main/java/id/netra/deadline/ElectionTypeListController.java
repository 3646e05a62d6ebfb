package id.netra.deadline;

import id.netra.platform.CachedLists;
import id.netra.platform.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The election types a report names, for anyone's form (a reference list: {@link CachedLists}). */
@RestController
public class ElectionTypeListController {

    /** An election type: its code, its words in the reader's language and its segment of a register number. */
    public record ElectionTypeItem(String code, String label, String registerCode) {
    }

    private final CachedLists cached;

    public ElectionTypeListController(CachedLists cached) {
        this.cached = cached;
    }

    @GetMapping("/api/v1/reference/election-types")
    public ResponseEntity<List<ElectionTypeItem>> electionTypes() {
        Locale locale = Messages.currentLocale();
        return cached.forAnyone(Arrays.stream(ElectionType.values())
                .map(t -> new ElectionTypeItem(t.name(), Messages.in(locale, t.labelKey()), t.registerCode())).toList());
    }
}
