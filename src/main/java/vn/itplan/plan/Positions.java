package vn.itplan.plan;

import java.util.List;
import java.util.Optional;
import java.util.function.ObjIntConsumer;

/** The order of a plan's legal bases, sibling sections and tasks: positions 1, 2, 3 … without gaps. */
final class Positions {

    private Positions() {}

    /** Where an item went: its places before and after, counted from 1. */
    record Move(int from, int to) {

        @Override
        public String toString() {
            return from + " → " + to;
        }
    }

    /**
     * Moves {@code item} one place up or down in {@code list} and renumbers the list; empty when it is already first
     * (last).
     */
    static <T> Optional<Move> move(List<T> list, T item, boolean up, ObjIntConsumer<T> setPosition) {
        int from = list.indexOf(item);
        int to = up ? from - 1 : from + 1;
        if (from < 0 || to < 0 || to >= list.size()) {
            return Optional.empty();
        }
        list.remove(from);
        list.add(to, item);
        renumber(list, setPosition);
        return Optional.of(new Move(from + 1, to + 1));
    }

    static <T> void renumber(List<T> list, ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < list.size(); i++) {
            setPosition.accept(list.get(i), i + 1);
        }
    }
}
