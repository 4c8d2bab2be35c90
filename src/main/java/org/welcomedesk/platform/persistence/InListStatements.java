package org.welcomedesk.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Native statements over many ids, each statement with one {@code in (?)} list: bulk changes
 * (a cancelled import's people, their keys and what other features keep on them) that JPA
 * would make row by row. Ids go in slices of {@link #SLICE}, well within what H2 and
 * PostgreSQL plan quickly.
 */
public final class InListStatements {

    /** Ids per {@code in (...)} list. */
    public static final int SLICE = 1000;

    private InListStatements() {}

    /** The ids in slices of at most {@link #SLICE}, in their order. */
    public static <T> List<List<T>> slices(Collection<T> ids) {
        List<T> all = List.copyOf(ids);
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            slices.add(all.subList(from, Math.min(all.size(), from + SLICE)));
        }
        return slices;
    }

    /**
     * Runs each statement for the ids, in slices, in the entity manager's transaction;
     * {@code (?)} in a statement stands for the id list. The caller flushes first.
     */
    public static void run(EntityManager em, List<String> statements, Collection<String> ids) {
        Connection connection = em.unwrap(Connection.class);
        try {
            for (List<String> slice : slices(ids)) {
                String placeholders = String.join(",", Collections.nCopies(slice.size(), "?"));
                for (String sql : statements) {
                    try (PreparedStatement statement =
                            connection.prepareStatement(sql.replace("(?)", "(" + placeholders + ")"))) {
                        for (int i = 0; i < slice.size(); i++) {
                            statement.setString(i + 1, slice.get(i));
                        }
                        statement.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("updating rows of many people", e);
        }
    }
}
