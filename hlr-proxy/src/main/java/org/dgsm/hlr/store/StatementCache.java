package org.dgsm.hlr.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps every {@code prepareStatement(sql)} of a connection prepared for reuse, as osmo-hlr prepares its statements
 * once at start: parsing and planning the SQL is most of the cost of a one-row lookup. Code keeps writing
 * {@code try (PreparedStatement s = c.prepareStatement(sql))}; closing such a statement only clears its parameters.
 * Used only under {@link Database}'s lock, so one statement is never in use twice at a time.
 */
final class StatementCache {

    private final Connection real;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    private StatementCache(Connection real) {
        this.real = real;
    }

    /** A view of {@code real} whose one-argument prepareStatement is cached; closing the view closes everything. */
    static Connection wrap(Connection real) {
        StatementCache cache = new StatementCache(real);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                cache.connectionHandler());
    }

    private InvocationHandler connectionHandler() {
        return (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                return reusable((String) args[0]);
            }
            if (method.getName().equals("close") && (args == null || args.length == 0)) {
                closeAll();
            }
            return invoke(real, method, args);
        };
    }

    private PreparedStatement reusable(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = real.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        PreparedStatement target = statement;
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && (args == null || args.length == 0)) {
                        target.clearParameters();
                        return null;
                    }
                    return invoke(target, method, args);
                });
    }

    private void closeAll() {
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // the connection is closing anyway
            }
        }
        prepared.clear();
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
