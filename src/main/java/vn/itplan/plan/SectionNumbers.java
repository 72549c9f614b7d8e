package vn.itplan.plan;

import java.util.List;

/**
 * The heading number of a section, computed from its place in the tree (NĐ 30/2020): "I." for a part of the plan,
 * "1." under it, "1.1." under that, then points "a)", "b)" in Vietnamese letter order (a, b, c, d, đ, e, g, h …),
 * then "-". Generated sections are numbered like the others, so inserting one renumbers what follows.
 */
public final class SectionNumbers {

    static final List<String> LETTERS = List.of(
            "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
            "x", "y");
    private static final String[] ROMAN_TENS = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final String[] ROMAN_UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    private SectionNumbers() {}

    /**
     * @param depth  0 for a part
     * @param index  0-based place among its siblings
     * @param parent the parent's number ("3." for 3.1.), null at depth 0
     */
    public static String of(int depth, int index, String parent) {
        int n = index + 1;
        return switch (depth) {
            case 0 -> roman(n) + ".";
            case 1 -> n + ".";
            case 2 -> parent + n + ".";
            case 3 -> letter(index) + ")";
            default -> "-";
        };
    }

    /** 1 → I, 14 → XIV (up to 99). */
    static String roman(int n) {
        return n >= 100 ? String.valueOf(n) : ROMAN_TENS[n / 10] + ROMAN_UNITS[n % 10];
    }

    /** a, b, … y, then aa, ab … */
    static String letter(int index) {
        int size = LETTERS.size();
        return index < size ? LETTERS.get(index) : letter(index / size - 1) + LETTERS.get(index % size);
    }
}
