/**
 * Comparisons (对比分析): this year against last ({@link org.budgetworkbench.core.compare.YearOverYear}), the
 * budget against the final accounts of the same year ({@link org.budgetworkbench.core.compare.Execution}), and the
 * chart data of a document's expenditure structure ({@link org.budgetworkbench.core.compare.Structure}).
 * Rates and shares are fractions to six places; none is given where the base is blank or zero.
 */
package org.budgetworkbench.core.compare;
