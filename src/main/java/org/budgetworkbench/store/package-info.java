/**
 * The workbench's database (工作台数据库): an embedded H2 file whose schema Flyway keeps up to date
 * ({@code src/main/resources/db/migration}). {@link org.budgetworkbench.store.Store} opens it and hands out
 * {@link org.budgetworkbench.store.Documents} (imported disclosures and their versions),
 * {@link org.budgetworkbench.store.FindingsStore} (the latest findings and the analyst's verdicts) and
 * {@link org.budgetworkbench.store.EditHistory} (corrections). Documents are stored as relational rows, not
 * as one blob, so figures can be queried; every call is one transaction. Plain JDBC, no ORM.
 */
package org.budgetworkbench.store;
