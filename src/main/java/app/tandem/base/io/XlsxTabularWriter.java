package app.tandem.base.io;

import app.tandem.base.DomainException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * XLSX through POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory, the rest go to a
 * compressed temporary file that {@link #close()} deletes.
 */
final class XlsxTabularWriter implements TabularWriter {

    static final int WINDOW = 100;
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    private static final int MAX_SCALE = 10;

    private final OutputStream out;
    private final ZoneId zone;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final Map<Integer, CellStyle> decimalStyles = new HashMap<>();
    private int nextRow;

    XlsxTabularWriter(OutputStream out, List<String> headers, ZoneId zone) {
        this.out = out;
        this.zone = zone;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet();
        this.dateStyle = formatStyle("yyyy-mm-dd");
        this.dateTimeStyle = formatStyle("yyyy-mm-dd hh:mm");
        writeHeader(headers);
    }

    private void writeHeader(List<String> headers) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            // autoSizeColumn would need all rows; the header and room for a date is a fair guess
            int characters = Math.clamp(headers.get(i).length() + 4L, 12, 60);
            sheet.setColumnWidth(i, characters * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void write(List<? extends @Nullable Object> cells) throws IOException {
        if (nextRow > MAX_DATA_ROWS) {
            throw new DomainException("export.too-many-rows", MAX_DATA_ROWS);
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value != null) {
                setValue(row.createCell(i), value);
            }
        }
    }

    private void setValue(Cell cell, Object value) {
        switch (value) {
            case BigDecimal decimal -> {
                cell.setCellValue(decimal.doubleValue());
                if (decimal.scale() > 0) {
                    cell.setCellStyle(decimalStyle(Math.min(decimal.scale(), MAX_SCALE)));
                }
            }
            case Double d when !Double.isFinite(d) -> cell.setCellValue(d.toString());
            case Float f when !Float.isFinite(f) -> cell.setCellValue(f.toString());
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean b -> cell.setCellValue(b);
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            }
            case LocalDateTime dateTime -> {
                cell.setCellValue(dateTime);
                cell.setCellStyle(dateTimeStyle);
            }
            case Instant instant -> {
                cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
                cell.setCellStyle(dateTimeStyle);
            }
            // a string cell is never evaluated, so user text starting with "=" cannot become a formula here
            default -> cell.setCellValue(truncated(value.toString()));
        }
    }

    private static String truncated(String text) {
        return text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT);
    }

    private CellStyle decimalStyle(int scale) {
        return decimalStyles.computeIfAbsent(scale, s -> formatStyle("0." + "0".repeat(s)));
    }

    private CellStyle formatStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            closeDeletingTempFiles(workbook);
        }
    }

    private static void closeDeletingTempFiles(SXSSFWorkbook workbook) throws IOException {
        try {
            workbook.close();
        } finally {
            workbook.dispose();
        }
    }
}
