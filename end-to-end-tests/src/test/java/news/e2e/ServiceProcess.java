package news.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged Quarkus service ({@code target/quarkus-app/quarkus-run.jar}) running as its own process. */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private volatile Process process;

    private ServiceProcess(String name, int port, Path jar, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** Starts the service on a free port, logging to {@code end-to-end-tests/target/e2e-logs/<name>.log}. */
    static ServiceProcess start(Path projectRoot, String name, Map<String, String> environment) throws IOException {
        return start(projectRoot, name, environment, name);
    }

    /** Like {@link #start(Path, String, Map)}, logging to {@code <logName>.log}. */
    static ServiceProcess start(Path projectRoot, String name, Map<String, String> environment, String logName)
            throws IOException {
        Path jar = projectRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        Path logs = projectRoot.resolve("end-to-end-tests/target/e2e-logs");
        Files.createDirectories(logs);
        ServiceProcess service = new ServiceProcess(name, freePort(), jar, environment, logs.resolve(logName + ".log"));
        service.launch(ProcessBuilder.Redirect.to(service.log.toFile()));
        return service;
    }

    private void launch(ProcessBuilder.Redirect output) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        process = builder.start();
    }

    /** Kills the service as {@code kill -9} does: no shutdown hooks, no clean close of Kafka clients or pools. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " still runs after SIGKILL");
        }
    }

    /**
     * Starts the service again on the same port with the same environment, appending to the same log; the previous
     * process must have ended. Does not wait: call {@link #awaitReady}.
     */
    void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " still runs");
        }
        Files.writeString(log, "%n==== restarted at %s ====%n".formatted(java.time.Instant.now()),
                java.nio.file.StandardOpenOption.APPEND);
        launch(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited: " + tail());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ": " + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
