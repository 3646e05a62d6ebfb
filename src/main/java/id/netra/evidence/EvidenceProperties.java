package id.netra.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.List;

/**
 * Evidence files ({@code netra.evidence.*}): the largest file and the largest total a case may hold (413 beyond them),
 * the types accepted as detected from a file's content, and where contents are stored ({@code DATABASE}, PostgreSQL:
 * the default; {@code FILESYSTEM}: under {@code directory}).
 */
@ConfigurationProperties("netra.evidence")
public record EvidenceProperties(@DefaultValue("200MB") DataSize maxFileSize,
                                 @DefaultValue("1GB") DataSize maxCaseSize,
                                 @DefaultValue({"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif",
                                         "application/pdf", "video/mp4", "video/quicktime", "video/webm", "video/3gpp",
                                         "video/x-matroska", "audio/mpeg", "audio/mp4", "audio/ogg"}) List<String> allowedTypes,
                                 @DefaultValue("DATABASE") Store store,
                                 @DefaultValue("./data/evidence") Path directory) {

    /** Where a file's content is kept. */
    public enum Store { DATABASE, FILESYSTEM }

    public EvidenceProperties {
        if (maxFileSize.toBytes() <= 0 || maxCaseSize.toBytes() < maxFileSize.toBytes()) {
            throw new IllegalArgumentException("netra.evidence: max-file-size must be positive and max-case-size at least as large");
        }
        allowedTypes = allowedTypes.stream().map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
