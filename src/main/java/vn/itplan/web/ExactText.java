package vn.itplan.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a form that the binder keeps exactly as typed: cleaned ({@link UserText#clean}) but neither trimmed
 * nor made null when blank, because its white space is part of it (a password). Every other text field of a form is
 * trimmed, blank as null ({@link InputCleaningAdvice}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ExactText {}
