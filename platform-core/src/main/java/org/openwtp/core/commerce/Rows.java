package org.openwtp.core.commerce;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading nullable numbers from result sets the same way on SQLite and PostgreSQL. */
public final class Rows {

    private Rows() {
    }

    /**
     * @param rs     the row
     * @param column the column
     * @return its value, or null if NULL
     * @throws SQLException from the driver
     */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /**
     * @param rs     the row
     * @param column the column
     * @return its value, or null if NULL
     * @throws SQLException from the driver
     */
    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
