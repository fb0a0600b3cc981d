package com.newsdesk.article;

import java.util.Set;

import com.newsdesk.base.security.CurrentUser;
import com.newsdesk.base.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Editors asking for a new machine translation of an article or of one paragraph. Not one transaction around the
 * whole call: the translation service can take seconds, and the result is stored only if nobody saved in between.
 */
@Service
public class ArticleTranslationService {

    private final MachineTranslation translation;
    private final ArticleReviewRepository reviews;

    ArticleTranslationService(MachineTranslation translation, ArticleReviewRepository reviews) {
        this.translation = translation;
        this.reviews = reviews;
    }

    /** Whether a translation service is configured (English originals need none). */
    @PreAuthorize(Roles.EDITORIAL)
    public boolean providerConfigured() {
        return translation.configured();
    }

    /**
     * A new machine translation of the whole article. Paragraphs a person edited stay unless their index is in
     * {@code overwrite}; an edited title stays unless {@code overwriteTitle}.
     *
     * @throws com.newsdesk.translation.TranslationException when the service failed; nothing changed
     * @throws StaleArticleException when someone saved since {@code version}
     */
    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail retranslate(long id, int version, boolean overwriteTitle, Set<Integer> overwrite) {
        translation.retranslate(id, version, overwriteTitle, overwrite == null ? Set.of() : overwrite, userId());
        return load(id);
    }

    /** A new machine translation of paragraph {@code index} (from 0) alone, replacing that English paragraph. */
    @PreAuthorize(Roles.IS_EDITOR)
    public ArticleDetail retranslateParagraph(long id, int version, int index) {
        translation.retranslateParagraph(id, version, index, userId());
        return load(id);
    }

    private ArticleDetail load(long id) {
        return reviews.find(id).orElseThrow(() -> new IllegalArgumentException("There is no article #" + id + "."));
    }

    private long userId() {
        String username = CurrentUser.username().orElseThrow();
        return reviews.userId(username).orElseThrow(
                () -> new IllegalStateException("The user " + username + " is not in the database"));
    }
}
