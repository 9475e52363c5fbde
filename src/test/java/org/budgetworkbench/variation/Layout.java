package org.budgetworkbench.variation;

import java.util.Random;

/**
 * 版式: one way a district prints its disclosure workbook. Every field is one variation of the catalogue
 * (docs/variations.md); a variant is one combination. The renderer follows it, the reader must not care.
 */
public record Layout(Format format, boolean stacked, Numbering numbering, NumberPlace numberPlace, Title title,
                     boolean partTitle, boolean contents, Caption caption, boolean yearRow, Codes codes,
                     boolean columnNumbers, Units units, Numbers numbers, Zero zero, boolean altTemplate,
                     boolean emptyNote, ProjectList projectList) {

    /** The variation fields before the project lists' key column; the project list keyed by project code. */
    public Layout(Format format, boolean stacked, Numbering numbering, NumberPlace numberPlace, Title title,
                  boolean partTitle, boolean contents, Caption caption, boolean yearRow, Codes codes,
                  boolean columnNumbers, Units units, Numbers numbers, Zero zero, boolean altTemplate,
                  boolean emptyNote) {
        this(format, stacked, numbering, numberPlace, title, partTitle, contents, caption, yearRow, codes,
                columnNumbers, units, numbers, zero, altTemplate, emptyNote, ProjectList.PROJECT_CODE);
    }

    /** The workbook format. */
    public enum Format { XLSX, XLS }

    /** How a table's number is printed. */
    public enum Numbering { NONE, BIAO, FUBIAO, GONGKAI, GONGKAI_SPACED, CJK, DASHED }

    /** Where the number stands: its own row above or below the title, or the title row's first cell. */
    public enum NumberPlace { ABOVE, BELOW, SAME_ROW }

    /** The title's words: as the template names it, with the year ("2024 年度 …", spaced), with the department. */
    public enum Title { PLAIN, YEAR_SPACED, DEPARTMENT_YEAR }

    /** The caption row(s) under the title. */
    public enum Caption { UNIT, AMOUNT_UNIT, UNIT_ASCII_COLON, COMPILER_DEPARTMENT, COMPILER_UNIT, DEPARTMENT_UNIT, NONE }

    /**
     * How a classification code is printed: one column, 类/款/项 columns (path repeated or only the new part),
     * code and name in one cell, the name wrapped around the code, or one column with only the new part (201, 03,
     * 01 — where the document's sums decide whether "04" is a 项 or the next 款).
     */
    public enum Codes { JOINED, SPLIT_REPEATED, SPLIT_NEW_PART, CODE_IN_NAME, WRAPPED_NAME, SHORT_PARTS }

    /** The unit the figures are printed in: 万元, 元, or 元 with the 三公 table in 万元. */
    public enum Units { WAN, YUAN, YUAN_THREE_PUBLIC_WAN }

    /** How a figure is stored: a number cell, text, text with thousands separators. */
    public enum Numbers { NUMERIC, TEXT, TEXT_THOUSANDS }

    /** How a zero or blank amount is printed. */
    public enum Zero { BLANK, ZERO, DASH, EM_DASH }

    /**
     * The key columns of the lists keyed by project (项目支出表, 政府采购预算表): 项目编码 | 项目名称, or the function
     * code (科目编码) of each project beside its 项目名称 — two projects under one code are two rows, keyed by name —
     * and the same with a 类 line and a 款 line (201 一般公共服务支出 / 20103 …) over the projects, holding their sum:
     * subtotals keyed by their codes, not units (a 3-digit code) nor projects.
     */
    public enum ProjectList { PROJECT_CODE, FUNCTION_CODE, FUNCTION_CODE_SUBTOTALS;

        /** Whether the list prints each project's function code rather than its own code. */
        boolean byFunctionCode() {
            return this != PROJECT_CODE;
        }
    }

    /** The sample dev workbooks' own layout. */
    public static Layout standard() {
        return new Layout(Format.XLSX, false, Numbering.BIAO, NumberPlace.ABOVE, Title.PLAIN, false, false,
                Caption.UNIT, false, Codes.JOINED, false, Units.WAN, Numbers.NUMERIC, Zero.ZERO, false, false);
    }

    /** A combination drawn at random (seeded: the same seed gives the same variant). */
    public static Layout random(Random r) {
        return new Layout(pick(r, Format.values()), r.nextBoolean(), pick(r, Numbering.values()),
                pick(r, NumberPlace.values()), pick(r, Title.values()), r.nextInt(4) == 0, r.nextInt(4) == 0,
                pick(r, Caption.values()), r.nextInt(3) == 0, pick(r, Codes.values()), r.nextBoolean(),
                pick(r, Units.values()), pick(r, Numbers.values()), pick(r, Zero.values()), r.nextInt(3) == 0,
                r.nextInt(3) == 0);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    Layout withFormat(Format f) {
        return new Layout(f, stacked, numbering, numberPlace, title, partTitle, contents, caption, yearRow, codes,
                columnNumbers, units, numbers, zero, altTemplate, emptyNote, projectList);
    }

    Layout withProjectList(ProjectList p) {
        return new Layout(format, stacked, numbering, numberPlace, title, partTitle, contents, caption, yearRow, codes,
                columnNumbers, units, numbers, zero, altTemplate, emptyNote, p);
    }

    @Override
    public String toString() {
        return format + (stacked ? " stacked" : " sheets") + " no=" + numbering + "/" + numberPlace + " title=" + title
                + (partTitle ? " part" : "") + (contents ? " toc" : "") + " cap=" + caption + (yearRow ? " year" : "")
                + " codes=" + codes + (columnNumbers ? " 栏次" : "") + " " + units + " " + numbers + " zero=" + zero
                + (altTemplate ? " alt" : "") + (emptyNote ? " emptyNote" : "")
                + (projectList == ProjectList.FUNCTION_CODE ? " projects-by-function-code" : "")
                + (projectList == ProjectList.FUNCTION_CODE_SUBTOTALS ? " projects-by-function-code+subtotals" : "");
    }
}
