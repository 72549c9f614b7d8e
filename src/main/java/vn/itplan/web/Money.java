package vn.itplan.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Long} amount in đồng on a form: shown as {@code 12.700.000.000} and accepted as typed in
 * the vi-VN way (dots, spaces, a trailing "đ" or "đồng" are ignored). Decimals are refused: đồng are whole.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Money {}
