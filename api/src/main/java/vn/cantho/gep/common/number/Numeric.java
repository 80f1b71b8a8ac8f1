package vn.cantho.gep.common.number;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column a decimal field of a request is stored in, {@code numeric(precision, scale)}: JSON
 * numbers beyond it are refused as they are read. A decimal field without it is held to {@link
 * DecimalBound#FIGURE}, the widest column.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.METHOD,
  ElementType.RECORD_COMPONENT
})
public @interface Numeric {
  int precision();

  int scale();
}
