package id.netra.evidence;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * A directory ({@code netra.evidence.directory}): each file under a sub-directory of its id's first two characters,
 * written to a temporary name, forced to disk and then moved into place, so that a file is either whole or absent.
 * What an upload wrote is removed again if its transaction rolls back.
 */
@Component
class FilesystemEvidenceStore implements EvidenceStore {

    private final Path root;

    FilesystemEvidenceStore(EvidenceProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
    }

    @Override
    public EvidenceProperties.Store kind() {
        return EvidenceProperties.Store.FILESYSTEM;
    }

    private Path path(UUID id) {
        String name = id.toString();
        return root.resolve(name.substring(0, 2)).resolve(name);
    }

    @Override
    public void write(UUID id, InputStream in) throws IOException {
        Path target = path(id);
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            in.transferTo(out);
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (IOException ignored) {
                            // Left behind, unreferenced: no row names it.
                        }
                    }
                }
            });
        }
    }

    @Override
    public InputStream read(UUID id) throws IOException {
        return Files.newInputStream(path(id));
    }
}
