package org.coalitiongraph.opposition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.coalitiongraph.opposition.SideChanges.Signed;
import org.coalitiongraph.projection.Projection;
import org.junit.jupiter.api.Test;

class SideChangesTests {

    private static Signed signed(int statement, String date, String id, String stance) {
        return new Signed(statement, date == null ? Projection.NO_DATE : (int) LocalDate.parse(date).toEpochDay(), id, stance);
    }

    private static List<String> changes(Signed... signed) {
        return SideChanges.of(List.of(signed)).stream()
                .map(c -> c.before().id() + " " + c.before().stance() + " > " + c.after().id() + " " + c.after().stance())
                .toList();
    }

    @Test
    void oneSideThroughoutIsNoChange() {
        assertThat(changes(signed(0, "2019-07-08", "a", "critical"), signed(1, "2020-10-06", "b", "critical"))).isEmpty();
        assertThat(changes(signed(0, "2019-07-08", "a", "critical"))).isEmpty();
        assertThat(changes()).isEmpty();
    }

    @Test
    void readsTheSignaturesInDateOrderWhateverOrderTheyComeIn() {
        var critical2019 = signed(0, "2019-07-08", "z-first", "critical");
        var supportive2019 = signed(1, "2019-10-29", "a-second", "supportive");
        var supportive2020 = signed(2, "2020-07-01", "m-third", "supportive");
        var critical2021 = signed(3, "2021-06-22", "b-fourth", "critical");
        assertThat(changes(critical2021, supportive2019, critical2019, supportive2020)).containsExactly(
                "z-first critical > a-second supportive", "m-third supportive > b-fourth critical");
    }

    @Test
    void undatedStatementsComeLastAndOneDaysStatementsByIdSoTheAnswerIsTheSameEveryTime() {
        var undated = signed(0, null, "a-undated", "supportive");
        var critical = signed(1, "2020-10-06", "stmt:critical", "critical");
        var supportive = signed(2, "2020-10-06", "stmt:supportive", "supportive");
        assertThat(changes(undated, supportive, critical)).containsExactly("stmt:critical critical > stmt:supportive supportive");
        var criticalUndated = signed(3, null, "b-undated", "critical");
        assertThat(changes(criticalUndated, undated, critical)).containsExactly(
                "stmt:critical critical > a-undated supportive", "a-undated supportive > b-undated critical");
    }
}
