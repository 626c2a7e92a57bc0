package app.tandem;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Stream;

/** Finds components inside a grid cell or another component tree (browserless queries do not reach cells). */
public final class Descendants {

    private Descendants() {
    }

    public static <T extends Component> T byId(Component root, Class<T> type, String id) {
        return all(root, type).stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " with id " + id));
    }

    public static <T extends Component> List<T> all(Component root, Class<T> type) {
        return tree(root).filter(type::isInstance).map(type::cast).toList();
    }

    private static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(Descendants::tree));
    }
}
