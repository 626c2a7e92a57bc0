package app.tandem.compliance.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The bytes of evidence files in {@code compliance_evidence_content}: written once, streamed out on download. */
@Component
public class EvidenceFiles {

    private final JdbcTemplate jdbc;

    EvidenceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(long evidenceId, byte[] content) {
        jdbc.update(con -> {
            var statement = con.prepareStatement(
                    "insert into compliance_evidence_content (evidence_id, data) values (?, ?)");
            statement.setLong(1, evidenceId);
            statement.setBinaryStream(2, new ByteArrayInputStream(content), content.length);
            return statement;
        });
    }

    /** Copies the file to the stream without holding it in memory; false when there is no such file. */
    public boolean copyTo(long evidenceId, OutputStream out) {
        Boolean found = jdbc.query("select data from compliance_evidence_content where evidence_id = ?", rs -> {
            if (!rs.next()) {
                return false;
            }
            try (InputStream in = rs.getBinaryStream(1)) {
                in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }, evidenceId);
        return Boolean.TRUE.equals(found);
    }

    public void delete(long evidenceId) {
        jdbc.update("delete from compliance_evidence_content where evidence_id = ?", evidenceId);
    }
}
