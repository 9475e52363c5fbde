package org.budgetworkbench.core.recognize;

/** What a table column holds (列的作用). */
enum ColumnRole {
    /** a classification, unit or project code (科目编码, 部门(单位)代码, 项目编码) */
    CODE,
    /** one part of a code split over 类 / 款 / 项 columns */
    CODE_CLASS, CODE_SECTION, CODE_ITEM,
    /** the row's name (科目名称, 项目名称) */
    NAME,
    /** the item label of a two-sided summary table (项目) */
    ITEM,
    /** figures under a column id */
    VALUE,
    /** nothing to read (行次, 项目单位, an unknown column) */
    SKIP
}
