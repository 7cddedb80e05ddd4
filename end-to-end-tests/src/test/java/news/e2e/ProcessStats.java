package news.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of the stack's processes, read from /proc (Linux); for the JVMs also the share of
 * that time their JIT compiler threads took, which a run of a minute or two after start still spends in good part
 * (seen: a fifth of ingest-service's CPU at 50 articles/s four minutes after its start), and a longer run would not.
 */
final class ProcessStats {

    private static final long TICKS_PER_SECOND = 100;

    private ProcessStats() {
    }

    /**
     * name → {cpu ticks, resident kB, cpu ticks of JIT compiler threads} for the services, dev-infra, the Kafka broker
     * and PostgreSQL.
     */
    static Map<String, long[]> sample(Path data) throws IOException {
        Map<String, long[]> stats = new LinkedHashMap<>();
        for (String name : List.of("ingest-service", "analysis-service", "query-service", "dev-infra")) {
            Path pidFile = data.resolve("pids").resolve(name + ".pid");
            if (Files.exists(pidFile)) {
                add(stats, name, Long.parseLong(Files.readString(pidFile).strip()));
            }
        }
        // PostgreSQL: the postmaster serving this data directory and its children (other clusters on the machine
        // are not ours)
        java.util.Set<Long> postmasters = new java.util.HashSet<>();
        Map<Long, Long> parents = new java.util.HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String cmdline;
                long parent;
                try {
                    cmdline = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
                    String stat = Files.readString(proc.resolve("stat"));
                    parent = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
                } catch (IOException | RuntimeException e) {
                    continue;
                }
                long pid = Long.parseLong(proc.getFileName().toString());
                parents.put(pid, parent);
                if (cmdline.contains("kafka.Kafka ")) {
                    add(stats, "kafka-broker", pid);
                } else if (cmdline.contains("postgres") && cmdline.contains(data.toAbsolutePath().toString())) {
                    postmasters.add(pid);
                    add(stats, "postgresql", pid);
                }
            }
        }
        parents.forEach((pid, parent) -> {
            if (postmasters.contains(parent)) {
                add(stats, "postgresql", pid);
            }
        });
        return stats;
    }

    static void print(Map<String, long[]> before, Map<String, long[]> after, double seconds) {
        System.out.println("process            cpu (cores avg)   of which JIT   rss MB (end)");
        after.forEach((name, end) -> {
            long[] start = before.getOrDefault(name, new long[] {end[0], 0, end[2]});
            double cores = (end[0] - start[0]) / (double) TICKS_PER_SECOND / seconds;
            // (a compiler thread that ended meanwhile takes its time with it: the share is a floor)
            double jit = Math.max(0, end[2] - start[2]) / (double) TICKS_PER_SECOND / seconds;
            System.out.printf("%-18s %10.2f %16.2f %14d%n", name, cores, jit, end[1] / 1024);
        });
    }

    /** @return the CPU ticks of the process's JIT compiler threads ("C1 CompilerThre", "C2 CompilerThre"), or 0 */
    private static long compilerTicks(long pid) {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    private static void add(Map<String, long[]> stats, String name, long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            long rssKb = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rssKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            long[] total = stats.computeIfAbsent(name, n -> new long[3]);
            total[0] += ticks;
            total[1] += rssKb;
            total[2] += compilerTicks(pid);
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile
        }
    }
}
