/**
 * Correcting a document (修改): {@link org.budgetworkbench.core.edit.Place} addresses an editable thing with a stable
 * id, {@link org.budgetworkbench.core.edit.DocumentEditor} makes one {@link org.budgetworkbench.core.edit.Edit}
 * to an immutable document, {@link org.budgetworkbench.core.edit.EditSession} keeps undo/redo across all of a
 * document's edits, and {@link org.budgetworkbench.core.edit.Balance} says which totals a change left out of
 * balance. Nothing here stores anything: the application layer writes each
 * {@link org.budgetworkbench.core.edit.EditSession.Change#recorded()} to the store's edit history.
 */
package org.budgetworkbench.core.edit;
