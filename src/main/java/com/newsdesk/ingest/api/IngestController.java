package com.newsdesk.ingest.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.newsdesk.ingest.ArticleIngestion;
import com.newsdesk.ingest.IncomingArticle;
import com.newsdesk.ingest.IngestResult;
import com.newsdesk.ingest.InvalidArticleException;
import com.newsdesk.ingest.api.IngestRequestReader.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The translation pipeline's push API. Idempotent: the same canonical URL posted again (also many times at once)
 * never makes a second article; 201 for a new one, 200 for one that was updated or unchanged; 422 with every bad
 * field named; 400 for what is not JSON. Only API clients with a valid key get here (see {@link IngestSecurityConfig}).
 */
@RestController
@RequestMapping(path = "/api/v1/ingest/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class IngestController {

    static final int MAX_BATCH = 500;

    private final ArticleIngestion ingestion;

    IngestController(ArticleIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> one(@RequestBody JsonNode body) {
        var result = store(body);
        if (!result.errors().isEmpty()) {
            return invalid("The article was not stored: " + result.errors().size()
                    + (result.errors().size() == 1 ? " field is" : " fields are") + " invalid.", result.errors());
        }
        var status = result.status() == IngestResult.Status.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(result.json());
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> batch(@RequestBody JsonNode body) {
        JsonNode articles = body == null ? null : body.get("articles");
        if (articles == null || !articles.isArray()) {
            return invalid("A batch is a JSON object with an array \"articles\".",
                    List.of(new FieldError("articles", "Required: an array of articles.")));
        }
        if (articles.size() > MAX_BATCH) {
            return invalid("A batch holds at most " + MAX_BATCH + " articles; this one has " + articles.size() + ".",
                    List.of(new FieldError("articles", "At most " + MAX_BATCH + " articles.")));
        }
        // read every article first, then store the readable ones together: one transaction for the batch
        List<IngestRequestReader.Read> reads = new ArrayList<>();
        List<IncomingArticle> readable = new ArrayList<>();
        for (JsonNode article : articles) {
            var read = IngestRequestReader.read(article);
            reads.add(read);
            if (read.errors().isEmpty()) {
                readable.add(read.article());
            }
        }
        var stored = ingestion.ingestAll(readable).iterator();
        List<Map<String, Object>> results = new ArrayList<>();
        for (var read : reads) {
            if (!read.errors().isEmpty()) {
                results.add(new Outcome(read.canonicalUrl(), null, null, read.errors()).json());
                continue;
            }
            var item = stored.next();
            results.add((item.refusal() == null
                    ? new Outcome(read.canonicalUrl(), item.result().status(), item.result().id(), List.of())
                    : new Outcome(read.canonicalUrl(), null, null,
                            List.of(new FieldError(item.refusal().field(), item.refusal().getMessage())))).json());
        }
        return ResponseEntity.ok(Map.of("results", results));
    }

    /** One article's outcome: stored (with its status) or invalid (with its errors). */
    private record Outcome(String canonicalUrl, IngestResult.Status status, Long id, List<FieldError> errors) {

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("canonicalUrl", canonicalUrl);
            m.put("status", errors.isEmpty() ? status.json() : "invalid");
            m.put("id", id);
            m.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
            return m;
        }
    }

    private Outcome store(JsonNode node) {
        var read = IngestRequestReader.read(node);
        if (!read.errors().isEmpty()) {
            return new Outcome(read.canonicalUrl(), null, null, read.errors());
        }
        try {
            IngestResult result = ingestion.ingest(read.article());
            return new Outcome(read.canonicalUrl(), result.status(), result.id(), List.of());
        } catch (InvalidArticleException e) {
            return new Outcome(read.canonicalUrl(), null, null, List.of(new FieldError(e.field(), e.getMessage())));
        }
    }

    private static ResponseEntity<ProblemDetail> invalid(String detail, List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle("Invalid article");
        problem.setType(URI.create("https://newsdesk.example/problems/invalid-article"));
        problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message()))
                .toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
