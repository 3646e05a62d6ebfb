package id.netra.platform;

/**
 * An administrator disabled an account or changed its role, office or agency: what it held under its old rights (the
 * tasks it claimed) goes back to its group. Published in the changing transaction.
 */
public record AccountRightsChanged(String username, String changedBy) {
}
