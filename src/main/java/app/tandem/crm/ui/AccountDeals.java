package app.tandem.crm.ui;

import static app.tandem.base.ui.GridPaging.toSpringPageRequest;

import app.tandem.base.ui.GridNavigation;
import app.tandem.crm.DealFilter;
import app.tandem.crm.DealListItem;
import app.tandem.crm.DealService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/** An account's deals (those the user may read), read page by page; a row opens the deal. */
class AccountDeals extends VerticalLayout {

    final Button add = new Button();
    final Grid<DealListItem> grid = new Grid<>();
    private final DealService dealService;
    private long accountId;

    AccountDeals(DealService dealService, boolean mayCreate) {
        this.dealService = dealService;
        setPadding(false);
        addClassName("account-deals");
        add.setText(getTranslation("crm.deals.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("crm-account-new-deal");
        add.setVisible(mayCreate);
        add.addClickListener(e -> UI.getCurrent().navigate(DealsView.class, DealsView.parameters(DealsView.NEW),
                QueryParameters.of(AccountContacts.ACCOUNT_PARAMETER, Long.toString(accountId))));

        grid.setId("crm-account-deals");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(DealListItem::name).setHeader(getTranslation("crm.deal.field.name")).setSortProperty("name")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(DealListItem::stageName).setHeader(getTranslation("crm.deal.field.stage"))
                .setSortProperty("s.position").setAutoWidth(true);
        grid.addColumn(d -> money(d.amount())).setHeader(getTranslation("crm.deal.field.amount"))
                .setSortProperty("amount").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(d -> date(d.expectedCloseDate())).setHeader(getTranslation("crm.deal.field.expectedCloseDate"))
                .setSortProperty("expectedCloseDate").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("crm.account.deals.empty"));
        grid.setHeight("min(26rem, 60vh)");
        GridNavigation.openRowsWith(grid, row -> UI.getCurrent().navigate(DealsView.class,
                DealsView.parameters(Long.toString(row.id()))));
        add(add, grid);
    }

    void show(long accountId) {
        this.accountId = accountId;
        grid.setItems(q -> dealService.list(DealFilter.ofAccount(accountId), toSpringPageRequest(q)).stream());
    }

    private String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    private String date(@Nullable LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(date);
    }
}
