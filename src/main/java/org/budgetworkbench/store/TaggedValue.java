package org.budgetworkbench.store;

import java.math.BigDecimal;

/**
 * A finding's found / expected figure (发现值 / 应为值) as a type tag and text, so that a BigDecimal comes
 * back a BigDecimal of the same scale, an Integer an Integer and a String a String.
 */
record TaggedValue(String type, String text) {
    static final String DECIMAL = "decimal";
    static final String INTEGER = "integer";
    static final String LONG = "long";
    static final String DOUBLE = "double";
    static final String BOOLEAN = "boolean";
    static final String TEXT = "text";

    static TaggedValue of(Object value) {
        if (value == null) {
            return new TaggedValue(null, null);
        }
        if (value instanceof BigDecimal d) {
            return new TaggedValue(DECIMAL, d.toString());
        }
        if (value instanceof Integer i) {
            return new TaggedValue(INTEGER, i.toString());
        }
        if (value instanceof Long l) {
            return new TaggedValue(LONG, l.toString());
        }
        if (value instanceof Double d) {
            return new TaggedValue(DOUBLE, d.toString());
        }
        if (value instanceof Boolean b) {
            return new TaggedValue(BOOLEAN, b.toString());
        }
        if (value instanceof CharSequence s) {
            return new TaggedValue(TEXT, s.toString());
        }
        throw new IllegalArgumentException("审核发现的数值类型无法保存：" + value.getClass().getName()
                + "（可用 BigDecimal、Integer、Long、Double、Boolean、String）");
    }

    Object value() {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case DECIMAL -> new BigDecimal(text);
            case INTEGER -> Integer.valueOf(text);
            case LONG -> Long.valueOf(text);
            case DOUBLE -> Double.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            default -> text;
        };
    }
}
