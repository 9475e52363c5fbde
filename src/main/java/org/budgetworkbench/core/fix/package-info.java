/**
 * One-click fixes (一键修正): {@link org.budgetworkbench.core.fix.Fixes} turns a finding whose expected value is a
 * number into a {@link org.budgetworkbench.core.fix.FixProposal} — an edit and a Chinese sentence — which the
 * analyst applies through an {@link org.budgetworkbench.core.edit.EditSession}, so it can be undone.
 */
package org.budgetworkbench.core.fix;
