package org.budgetworkbench.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.budgetworkbench.core.DisclosureExtractor;
import org.budgetworkbench.core.ExtractResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Extracting the 24-sheet budget workbook against a bare POI read of it (open + touch every cell).
 * Goal: extract ≤ 2× the bare read. Run after {@code mvn -o test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.budgetworkbench.bench.ExtractBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {
    private static final Path FILE = Path.of("samples/000_2efbff76b0545c5f.xlsx");
    private final DisclosureExtractor extractor = new DisclosureExtractor();

    @Benchmark
    public ExtractResult extract() throws Exception {
        return extractor.extract(FILE);
    }

    @Benchmark
    public long barePoiRead() throws Exception {
        long n = 0;
        try (Workbook wb = WorkbookFactory.create(new File(FILE.toString()), null, true)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        n += c.getCellType().ordinal();
                    }
                }
            }
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(ExtractBenchmark.class.getSimpleName()).build()).run();
    }
}
