package news.devinfra;

/**
 * One real Kafka broker and one real PostgreSQL for the whole test JVM, started on first use and stopped when the
 * JVM exits.
 */
public final class TestInfra {

    private static TestInfra instance;

    private final EmbeddedKafka kafka;
    private final Postgres postgres;

    private TestInfra(EmbeddedKafka kafka, Postgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    public static synchronized TestInfra get() {
        if (instance == null) {
            try {
                EmbeddedKafka kafka = EmbeddedKafka.start();
                Postgres postgres = Postgres.start(null, 0);
                instance = new TestInfra(kafka, postgres);
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infra-shutdown"));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the test Kafka and PostgreSQL", e);
            }
        }
        return instance;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    public Postgres postgres() {
        return postgres;
    }

    private void stop() {
        // the JVM is exiting anyway: a fault raised while the broker shuts down must not turn a passed test run
        // into a failed fork by halting or exiting with its own status
        org.apache.kafka.common.utils.Exit.setHaltProcedure((status, message) ->
                System.err.println("test Kafka asked to halt with " + status + " while stopping: " + message));
        org.apache.kafka.common.utils.Exit.setExitProcedure((status, message) ->
                System.err.println("test Kafka asked to exit with " + status + " while stopping: " + message));
        try {
            kafka.close();
        } catch (Exception e) {
            System.err.println("stopping test Kafka: " + e.getMessage());
        }
        try {
            postgres.close();
        } catch (Exception e) {
            System.err.println("stopping test PostgreSQL: " + e.getMessage());
        }
    }
}
