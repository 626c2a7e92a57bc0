package app.tandem.performance;

/** A shared talking point of a 1:1; {@code carriedOver}: it came unticked from the meeting before. */
public record TalkingPointItem(long id, long version, String text, String authorName, boolean done,
        boolean carriedOver) {
}
