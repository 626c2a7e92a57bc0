package app.tandem.crm.ui;

import app.tandem.Descendants;
import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.BrowserlessViewTest;
import app.tandem.crm.AccountData;
import app.tandem.crm.AccountService;
import app.tandem.crm.AccountStatus;
import app.tandem.crm.ActivityData;
import app.tandem.crm.ActivityService;
import app.tandem.crm.ActivityStatus;
import app.tandem.crm.ActivityType;
import app.tandem.crm.DueActivity;
import app.tandem.crm.Recurrence;
import app.tandem.security.CurrentUser;
import app.tandem.security.Role;
import app.tandem.security.WithTandemUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@WithTandemUser(roles = Role.STAFF, username = "activity-owner")
class MyActivitiesViewTest extends BrowserlessViewTest {

    @Autowired
    AccountService accountService;
    @Autowired
    ActivityService activityService;
    @Autowired
    CurrentUser currentUser;

    @Test
    void completing_a_daily_task_in_my_activities_plans_tomorrows() {
        long me = currentUser.id();
        long account = accountService.create(new AccountData(null, 0, "Activities " + UUID.randomUUID(), null, null,
                null, null, null, null, null, AccountStatus.CUSTOMER, null, me)).id();
        String subject = "Daily standup " + UUID.randomUUID();
        LocalDateTime due = LocalDate.now().atTime(0, 5);
        activityService.create(new ActivityData(null, 0, ActivityType.TASK, subject, null, due, 15,
                ActivityStatus.PLANNED, account, null, null, me, Recurrence.DAILY, null));
        MyActivitiesView view = open("crm/my-activities", MyActivitiesView.class);
        var grid = test(view.grid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).subject().equals(subject)) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();

        long id = grid.getRow(row).id();
        Button done = Descendants.byId(grid.getCellComponent(row, 0), Button.class, "my-activity-done-" + id);
        test(done).click();

        assertThat(activityService.myDueActivities()).extracting(DueActivity::subject).doesNotContain(subject);
        assertThat(grid.size()).isEqualTo(activityService.myDueActivities().size());
    }

    @Test
    void rescheduling_an_overdue_call_to_tomorrow_takes_it_off_the_list() {
        long me = currentUser.id();
        long account = accountService.create(new AccountData(null, 0, "Reschedule " + UUID.randomUUID(), null, null,
                null, null, null, null, null, AccountStatus.CUSTOMER, null, me)).id();
        String subject = "Overdue call " + UUID.randomUUID();
        activityService.create(new ActivityData(null, 0, ActivityType.CALL, subject, null,
                LocalDate.now().minusDays(3).atTime(10, 0), 15, ActivityStatus.PLANNED, account, null, null, me,
                Recurrence.NONE, null));
        MyActivitiesView view = open("crm/my-activities", MyActivitiesView.class);
        var grid = test(view.grid);
        int row = rowOf(grid, subject);
        assertThat(grid.getRow(row).overdue()).isTrue();

        long id = grid.getRow(row).id();
        test(Descendants.byId(grid.getCellComponent(row, 0), Button.class, "my-activity-reschedule-" + id)).click();
        $(DateTimePicker.class).id("my-activity-reschedule-when").setValue(LocalDate.now().plusDays(1).atTime(9, 30));
        test($(Button.class).id("my-activity-reschedule-save")).click();

        assertThat(activityService.myDueActivities()).extracting(DueActivity::subject).doesNotContain(subject);
        assertThat(rowOf(grid, subject)).as("no longer listed").isNegative();
    }

    private static int rowOf(com.vaadin.flow.component.grid.GridTester<?, DueActivity> grid, String subject) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).subject().equals(subject)) {
                return i;
            }
        }
        return -1;
    }
}
