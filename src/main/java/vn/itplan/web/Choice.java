package vn.itplan.web;

/** One option of a drop-down: the value sent and its label, already in the user's language. */
public record Choice(String value, String label) {}
