package com.newsdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's findings, written as target/bench/report.md and report.json. Later benchmarks add figures. */
final class BenchReport {

    /** One measured figure: latencies in milliseconds over {@code runs} runs, or a rate with {@code runs} = 1. */
    record Figure(String name, String unit, int runs, double p50, double p95, double max, String note) {

        static Figure latencies(String name, double[] millis, String note) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Figure(name, "ms", sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    sorted[sorted.length - 1], note);
        }

        static Figure rate(String name, String unit, double value, String note) {
            return new Figure(name, unit, 1, value, value, value, note);
        }

        static double percentile(double[] sorted, int p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    void data(String key, Object value) {
        data.put(key, value);
    }

    void add(Figure figure) {
        figures.add(figure);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            var json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("machine", machine);
            all.put("data", data);
            all.put("figures", figures);
            Files.writeString(directory.resolve("report.json"), json.writeValueAsString(all));
            Files.writeString(directory.resolve("report.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark report to " + directory, e);
        }
    }

    String markdown() {
        var md = new StringBuilder("# Newsdesk benchmark\n\n## Machine\n\n");
        machine.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n## Data\n\n");
        data.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("\n## Figures\n\n| figure | unit | runs | p50 | p95 | max | note |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Figure f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f | %s |%n", f.name(), f.unit(),
                    f.runs(), f.p50(), f.p95(), f.max(), f.note() == null ? "" : f.note()));
        }
        return md.toString();
    }
}
