package app.tandem.base.ui;

import app.tandem.base.DomainException;
import app.tandem.base.io.TabularFormat;
import app.tandem.base.ops.RunningWork;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.data.domain.Sort;

/**
 * "Export CSV" and "Export XLSX" download links for a list view's toolbar. The file holds every row of the grid's
 * current filter and sort that the user may read (not only the rows loaded in the browser), written by the
 * service while it streams them from the database. A view adds it with one line:
 * {@code toolbar.add(new ExportMenu<>("accounts", grid, this::filter, accountService::export));} Used by the
 * CRM lists and the compliance registers.
 */
public final class ExportMenu<F> extends Span {

    /** A service's export, e.g. {@code AccountService::export}. */
    @FunctionalInterface
    public interface Exporter<F> {
        void export(F filter, Sort sort, TabularFormat format, OutputStream out, ZoneId zone, Locale locale,
                Function<String, String> text) throws IOException;
    }

    private final String fileName;
    private final Grid<?> grid;
    private final Supplier<F> filter;
    private final Exporter<F> exporter;
    public final Anchor csv;
    public final Anchor xlsx;

    /**
     * @param fileName the start of the file's name, e.g. "accounts" for {@code accounts-2026-11-27.csv}
     * @param filter the grid's current filter, read when a link is clicked
     */
    public ExportMenu(String fileName, Grid<?> grid, Supplier<F> filter, Exporter<F> exporter) {
        this.fileName = fileName;
        this.grid = grid;
        this.filter = filter;
        this.exporter = exporter;
        addClassName("export-menu");
        csv = link(TabularFormat.CSV, "export.csv");
        xlsx = link(TabularFormat.XLSX, "export.xlsx");
        add(csv, xlsx);
    }

    private Anchor link(TabularFormat format, String textKey) {
        Anchor link = new Anchor(handler(format), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation(textKey)));
        link.setId(fileName + "-export-" + format.extension());
        link.addClassName("export-link");
        link.getElement().setAttribute("title", getTranslation("export.hint"));
        // a refused export is told in the app: poll until the download has answered, or the notice waits
        link.getElement().addEventListener("click", e -> getUI().ifPresent(ui -> ui.setPollInterval(1000)));
        return link;
    }

    /** Writes the file for the grid's state at the moment of the click; the UI stays usable while it streams. */
    DownloadHandler handler(TabularFormat format) {
        return event -> {
            Request<F> request = read(event.getUI());
            event.setFileName(fileName + "-" + LocalDate.now(request.zone()) + "." + format.extension());
            event.setContentType(format.mediaType());
            try (RunningWork.Running running = RunningWork.EXPORT.begin()) {
                exporter.export(request.filter(), request.sort(), format, event.getOutputStream(), request.zone(),
                        request.locale(), key -> request.i18n().getTranslation(key, request.locale()));
            } catch (DomainException e) {
                // e.g. too many exports at once: the user is told in the app, the browser gets no file
                event.getResponse().setStatus(503);
                event.getUI().access(() -> Failures.show(e));
            } catch (RuntimeException e) {
                // the browser only shows a failed download: say why in the app, shown with the next round trip
                event.getUI().access(() -> Failures.show(e));
                throw e;
            } finally {
                event.getUI().access(() -> event.getUI().setPollInterval(-1));
            }
        };
    }

    /** The filter, sort, zone and language of the view, read under the session lock that a download does not hold. */
    private Request<F> read(UI ui) {
        AtomicReference<Request<F>> request = new AtomicReference<>();
        ui.accessSynchronously(() -> request.set(new Request<>(filter.get(), sortOf(grid), ClientTime.zone(),
                ui.getLocale(), VaadinService.getCurrent().getInstantiator().getI18NProvider())));
        return request.get();
    }

    /** The grid's sort as the service sorts: the sort properties of the sorted columns, in order. */
    static <T> Sort sortOf(Grid<T> grid) {
        List<Sort.Order> orders = grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(order -> order.getDirection() == SortDirection.DESCENDING ? Sort.Order.desc(order.getSorted())
                        : Sort.Order.asc(order.getSorted()))
                .toList();
        return Sort.by(orders);
    }

    private record Request<F>(F filter, Sort sort, ZoneId zone, Locale locale, I18NProvider i18n) {
    }
}
