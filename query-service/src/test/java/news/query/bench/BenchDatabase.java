package news.query.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A PostgreSQL for the benchmark (the same zonky binaries as the tests), keeping its data in a directory so the
 * loaded read model survives restarts, with memory settings fit for a million articles. Runs until killed.
 *
 * <p>Arguments: {@code [dataDirectory (target/bench-pg)] [port (55432)]}.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/bench-pg").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 55432;
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("effective_cache_size", "8GB")
                .setServerConfig("work_mem", "32MB")
                .setServerConfig("maintenance_work_mem", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("jit", "off")
                // per-statement counts and times: SELECT * FROM pg_stat_statements (CREATE EXTENSION once)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'news'")) {
                if (!rs.next()) {
                    statement.execute("CREATE DATABASE news");
                }
            }
        }
        System.out.println("PostgreSQL ready: jdbc:postgresql://localhost:" + port + "/news (postgres/postgres), data "
                + data);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        Thread.currentThread().join();
    }
}
