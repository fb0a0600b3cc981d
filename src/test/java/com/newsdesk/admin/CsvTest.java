package com.newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void reads_quoted_fields_doubled_quotes_crlf_and_a_byte_order_mark() {
        assertThat(Csv.parse("\uFEFFja,シャトル外交,shuttle diplomacy\r\nko,\"a, b\",\"say \"\"hi\"\"\",note\n"))
                .containsExactly(List.of("ja", "シャトル外交", "shuttle diplomacy"),
                        List.of("ko", "a, b", "say \"hi\"", "note"));
    }

    @Test
    void a_quoted_field_may_span_lines_and_the_last_line_needs_no_break() {
        assertThat(Csv.parse("zh,\"上海\n合作\",SCO")).containsExactly(List.of("zh", "上海\n合作", "SCO"));
    }
}
