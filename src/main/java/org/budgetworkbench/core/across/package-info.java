/**
 * Checks across documents (跨文档核对): a 决算 against that year's 预算, a document's claims about the previous
 * year against the previous year's document, a department's figures against its units'. Each check takes the
 * documents it compares and says which of them a finding points into; the store and the choice of partners
 * belong to the review workflow.
 */
package org.budgetworkbench.core.across;
