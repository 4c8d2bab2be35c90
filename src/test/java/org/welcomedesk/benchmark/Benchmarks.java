package org.welcomedesk.benchmark;

import java.util.Arrays;
import java.util.Map;

/**
 * Entry point of {@code mvn -Pbenchmark -Dbenchmark=<name>}: runs one benchmark, which prints a
 * table and records its figures in docs/benchmarks.md with the command that produced them.
 */
public final class Benchmarks {

    private static final Map<String, String> BENCHMARKS = Map.of(
            "febrl", "org.welcomedesk.benchmark.FebrlBenchmark",
            "city", "org.welcomedesk.benchmark.CityReviewBenchmark",
            "names", "org.welcomedesk.benchmark.CrossScriptNamesBenchmark",
            "scale", "org.welcomedesk.benchmark.ScaleBenchmark",
            "faults", "org.welcomedesk.benchmark.FaultBenchmark",
            "statistics", "org.welcomedesk.benchmark.StatisticsBenchmark",
            "load", "org.welcomedesk.benchmark.LoadBenchmark",
            "demo", "org.welcomedesk.benchmark.DemoCityBenchmark");

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !BENCHMARKS.containsKey(args[0])) {
            System.err.println("Usage: mvn -Pbenchmark -Dbenchmark=<"
                    + String.join("|", BENCHMARKS.keySet().stream().sorted().toList())
                    + "> [-Dbenchmark.args=\"...\"]");
            System.exit(2);
        }
        Class.forName(BENCHMARKS.get(args[0])).getMethod("main", String[].class).invoke(null, (Object)
                Arrays.copyOfRange(args, 1, args.length));
    }
}
