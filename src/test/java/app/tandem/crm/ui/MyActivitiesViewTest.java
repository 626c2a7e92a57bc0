package app.tandem.crm.ui;

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

        Button done = (Button) grid.getCellComponent(row, 4).getChildren().findFirst().orElseThrow();
        test(done).click();

        assertThat(activityService.myDueActivities()).extracting(DueActivity::subject).doesNotContain(subject);
        assertThat(grid.size()).isEqualTo(activityService.myDueActivities().size());
    }
}
