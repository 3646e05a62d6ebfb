package id.netra.platform;

import java.util.Map;

/**
 * A statement with its named parameters, built by a query before it runs: so that its plan can be read ({@code EXPLAIN})
 * with the values it runs with (the scope-plans test of docs/performance.md).
 */
public record SqlStatement(String sql, Map<String, Object> params) {

    public SqlStatement {
        params = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(params));
    }
}
