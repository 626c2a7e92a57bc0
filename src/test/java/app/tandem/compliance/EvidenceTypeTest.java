package app.tandem.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void images_and_pdfs_are_recognised_by_their_first_bytes() {
        assertThat(EvidenceType.sniff(ComplianceFixture.png())).contains(EvidenceType.PNG);
        assertThat(EvidenceType.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII))).contains(EvidenceType.GIF);
        assertThat(EvidenceType.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
                .contains(EvidenceType.WEBP);
        assertThat(EvidenceType.sniff("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).contains(EvidenceType.PDF);
    }

    @Test
    void other_content_and_truncated_headers_are_not_accepted() {
        assertThat(EvidenceType.sniff("<svg xmlns=...>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceType.sniff("PK\3\4 a zip or docx".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceType.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EvidenceType.sniff(bytes(0x89, 'P', 'N'))).isEmpty();
        assertThat(EvidenceType.sniff(new byte[0])).isEmpty();
    }
}
