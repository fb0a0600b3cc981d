package com.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalUrlTest {

    /** The database's check on article.canonical_url. */
    private static final String DB_CHECK = "^https?://[^\\s/A-Z]+.*";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HTTP://News.Example.COM/World/Story-1                        | http://news.example.com/World/Story-1
            https://news.example.com:443/a                               | https://news.example.com/a
            http://news.example.com:80/a                                 | http://news.example.com/a
            https://news.example.com:8443/a                              | https://news.example.com:8443/a
            http://news.example.com:443/a                                | http://news.example.com:443/a
            https://news.example.com                                     | https://news.example.com/
            https://news.example.com?id=5                                | https://news.example.com/?id=5
            https://news.example.com/a#comments                          | https://news.example.com/a
            https://news.example.com/a?utm_source=x&id=5&UTM_Medium=y&p=2 | https://news.example.com/a?id=5&p=2
            https://news.example.com/a?utm_source=x&utm_campaign=y       | https://news.example.com/a
            https://news.example.com/a?                                  | https://news.example.com/a
            https://news.example.com/a?b=2&a=1&b=1                       | https://news.example.com/a?b=2&a=1&b=1
            https://news.example.com/a?x=1&&y=2                          | https://news.example.com/a?x=1&y=2
            https://news.example.com/a#frag?utm_source=x                 | https://news.example.com/a
            '  https://news.example.com/a  '                             | https://news.example.com/a
            https://news.example.com/a b                                 | https://news.example.com/a%20b
            https://BÜCHER.example/Ä                                     | https://bücher.example/Ä
            https://ニュース.例え.jp/記事/1                                  | https://ニュース.例え.jp/記事/1
            http://[2001:DB8::1]:80/a                                    | http://[2001:db8::1]/a
            https://news.example.com:/a                                  | https://news.example.com/a
            """)
    void normalises_scheme_host_port_fragment_and_tracking_parameters(String url, String expected) {
        String normalised = CanonicalUrl.normalise(url);
        assertThat(normalised).isEqualTo(expected).matches(DB_CHECK);
        assertThat(CanonicalUrl.normalise(normalised)).as("normalising twice changes nothing").isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://files.example/a", "javascript:alert(1)", "mailto:desk@news.example",
            "news.example.com/a", "/relative/path", "//news.example.com/a", "file:///etc/passwd",
            "data:text/html,x" })
    void refuses_anything_but_absolute_http_addresses(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise(url))
                .withMessageStartingWith("not an http(s) address: ");
    }

    @Test
    void says_what_is_wrong_with_an_address() {
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise("ftp://files.example/a"))
                .withMessage("not an http(s) address: ftp://files.example/a");
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise("https:///a"))
                .withMessage("address without a host: https:///a");
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise("https://news.example:x/a"))
                .withMessage("address with an invalid port: https://news.example:x/a");
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise("https://user:pw@news.example/"))
                .withMessageStartingWith("address with a user name or password");
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise("https://ne ws.example/"))
                .withMessageStartingWith("address with an invalid host");
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise("  "))
                .withMessage("no address given");
        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise(null))
                .withMessage("no address given");
    }

    @Test
    void an_address_longer_than_the_column_is_refused_after_normalising() {
        String path = "/" + "a".repeat(1979);
        String fits = "https://news.example" + path + "?utm_source=" + "x".repeat(100);
        assertThat(CanonicalUrl.normalise(fits)).hasSize(2000);

        assertThatIllegalArgumentException().isThrownBy(() -> CanonicalUrl.normalise(fits.replace("utm_", "ref_")))
                .withMessageStartingWith("address longer than 2000 characters: https://news.example/aaa")
                .withMessageEndingWith("…");
    }
}
