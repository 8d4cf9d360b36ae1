package org.mscpathway.screening.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.record.PatientRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full evaluations per second of complete records: p01 (eligible, plan made) and p11 (heart failure, two absolute
 * findings). The target is 1,000,000 per second on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FullEvaluationBenchmark {

    @Param({"p01-eligible-knee-oa", "p11-heart-failure-nyha-3"})
    public String scenario;

    private Screening screening;
    private PatientRecord record;

    @Setup
    public void readRecord() throws IOException {
        screening = Screening.withDefaultCatalogue();
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (InputStream in = getClass().getResourceAsStream("/bench/" + scenario + ".json")) {
            JsonNode file = PatientRecordReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            record = new PatientRecordReader(clock, screening).read(file.get("record"));
        }
    }

    @Benchmark
    public Assessment fullEvaluation() {
        return screening.evaluate(record, EvaluationMode.FULL);
    }
}
