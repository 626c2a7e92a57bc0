package app.tandem.improvement.ui;

import app.tandem.improvement.ImpactUnit;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the improvement screens write dates, amounts and impact values in the user's language. */
record ItemFormats(Locale locale, String currencyCode) {

    String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A whole amount in the currency, or nothing for zero (no money impact). */
    String money(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(amount) + " " + currencyCode;
    }

    String value(@Nullable BigDecimal v, ImpactUnit unit) {
        if (v == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return switch (unit) {
            case MONEY -> format.format(v) + " " + currencyCode;
            case HOURS -> format.format(v) + " h";
            case PERCENT -> format.format(v) + " %";
            case COUNT -> format.format(v);
        };
    }
}
