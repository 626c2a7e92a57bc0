package app.tandem.performance.domain;

import org.springframework.stereotype.Component;

/** The repositories of 1:1s together (series, meetings, talking points, private notes, action items). */
@Component
public record OneOnOneTables(OneOnOneRepository series, OneOnOneMeetingRepository meetings,
        TalkingPointRepository points, PrivateNoteRepository privateNotes, MeetingActionRepository actions) {
}
