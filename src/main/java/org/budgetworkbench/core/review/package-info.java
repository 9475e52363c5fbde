/**
 * The finance bureau's review sheet (审核检查表): per document, 及时性 and one row of 内容规范性 per required part,
 * each with 符合要求 and its problems in plain sentences. Built from a document and the findings the analyst's
 * verdicts leave listed; written by {@code core.export.ReviewSheetWriter}.
 */
package org.budgetworkbench.core.review;
