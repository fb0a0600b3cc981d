package com.newsdesk.ingest.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Response bodies for {@link FeedFetcher} that never hold more than a limit, or nothing at all. */
final class LimitedBody {

    private LimitedBody() {
    }

    /** The body, as long as it has at most {@code maxBytes}; else fails with {@link TooLarge} as soon as it has more. */
    static BodySubscriber<byte[]> atMost(long maxBytes) {
        return new Capped(maxBytes);
    }

    /** Reads nothing and gives an empty body. */
    static BodySubscriber<byte[]> discarding() {
        return new Discarding(null);
    }

    /** Reads nothing and fails with {@link TooLarge}, for a body announced too large. */
    static BodySubscriber<byte[]> tooLarge() {
        return new Discarding(new TooLarge());
    }

    /** Marks a body over the limit. */
    static final class TooLarge extends IOException {

        @Serial
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body over the size limit");
        }
    }

    /** Collects the body as it arrives and gives up, cancelling the download, as soon as it exceeds the limit. */
    private static final class Capped implements BodySubscriber<byte[]> {

        private final long maxBytes;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (received.size() + (long) buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    body.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                received.writeBytes(bytes);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            body.complete(received.toByteArray());
        }
    }

    /** Reads nothing: cancels at once and completes with an empty body, or with the failure given. */
    private static final class Discarding implements BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final Throwable failure;

        Discarding(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            if (failure == null) {
                body.complete(new byte[0]);
            } else {
                body.completeExceptionally(failure);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            body.complete(new byte[0]);
        }
    }
}
