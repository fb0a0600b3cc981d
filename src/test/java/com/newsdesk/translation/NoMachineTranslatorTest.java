package com.newsdesk.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoMachineTranslatorTest {

    private final MachineTranslator translator = new NoMachineTranslator();

    @Test
    void is_not_configured_and_refuses_to_translate() {
        assertThat(translator.isConfigured()).isFalse();
        assertThat(translator.engine()).isEqualTo("none");
        assertThatThrownBy(() -> translator.translate("fr", "Titre", List.of("<p>Texte</p>")))
                .isInstanceOfSatisfying(TranslationException.class, e -> {
                    assertThat(e).hasMessage("No machine translation provider is configured");
                    assertThat(e.isRetryable()).isFalse();
                });
    }
}
