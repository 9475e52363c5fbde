package org.budgetworkbench.core.check;

import java.util.List;
import org.budgetworkbench.core.check.rules.BasicTableMatchesGpbExpenditure;
import org.budgetworkbench.core.check.rules.ChangeDirectionMatchesFigures;
import org.budgetworkbench.core.check.rules.ClassEqualsSumOfSections;
import org.budgetworkbench.core.check.rules.ColumnsAddUp;
import org.budgetworkbench.core.check.rules.ExpenditureMixMatchesProjectCategories;
import org.budgetworkbench.core.check.rules.FiscalSummaryMatchesFundTables;
import org.budgetworkbench.core.check.rules.NarrativeItemRestatesItsAmount;
import org.budgetworkbench.core.check.rules.NarrativeListRoundsToItsTotal;
import org.budgetworkbench.core.check.rules.FundTableHeaderNamesOwnFund;
import org.budgetworkbench.core.check.rules.TitleNamesOwnDepartment;
import org.budgetworkbench.core.check.rules.ProjectsTableMatchesExpenditure;
import org.budgetworkbench.core.check.rules.SummaryMatchesDetailTables;
import org.budgetworkbench.core.check.rules.SummaryTableBalances;
import org.budgetworkbench.core.check.rules.ThreePublicMatchesBasicTable;
import org.budgetworkbench.core.check.rules.TotalEqualsSumOfClasses;
import org.budgetworkbench.core.check.rules.NarrativeAmountMatchesTable;
import org.budgetworkbench.core.check.rules.RequiredTablesPresent;
import org.budgetworkbench.core.check.rules.CodeInCatalogue;
import org.budgetworkbench.core.check.rules.CodePrintedOnce;
import org.budgetworkbench.core.check.rules.CodedRowHasCode;
import org.budgetworkbench.core.check.rules.NarrativeRatesAndShares;
import org.budgetworkbench.core.check.rules.NarrativePartsAddUp;
import org.budgetworkbench.core.check.rules.NarrativeListedItemsHaveAmounts;
import org.budgetworkbench.core.check.rules.NarrativeProcurementWithinProcurable;
import org.budgetworkbench.core.check.rules.SmeSharesAgreeWithTotals;
import org.budgetworkbench.core.check.rules.NarrativeUnitCountMatchesTables;
import org.budgetworkbench.core.check.rules.NarrativeBlankFigure;
import org.budgetworkbench.core.check.rules.AgencyCostsWithinPublicFunds;
import org.budgetworkbench.core.check.rules.AmountInYuanMeantWanyuan;
import org.budgetworkbench.core.check.rules.WholeBudgetMatchesGpbBudget;
import org.budgetworkbench.core.check.rules.PerformanceProjectNamesMatchProjects;
import org.budgetworkbench.core.check.rules.ActualValueCopiesTarget;
import org.budgetworkbench.core.check.rules.NarrativeFunctionSubjectsInTables;
import org.budgetworkbench.core.check.rules.ThreePublicChangesConsistent;
import org.budgetworkbench.core.check.rules.GoalHasAllCoreLevels;
import org.budgetworkbench.core.check.rules.IndicatorUnderOwnLevel;
import org.budgetworkbench.core.check.rules.IndicatorValuePlausible;
import org.budgetworkbench.core.check.rules.IndicatorValueIsAValue;
import org.budgetworkbench.core.check.rules.QuantifiedIndicatorShare;
import org.budgetworkbench.core.check.rules.ExecutionScoreMatchesWeight;
import org.budgetworkbench.core.check.rules.EvaluationTotalIsSumOfScores;
import org.budgetworkbench.core.check.rules.SameIndicatorSameValue;
import org.budgetworkbench.core.check.rules.FormMoneyMatchesTables;
import org.budgetworkbench.core.check.rules.FormFieldLeftBlank;
import org.budgetworkbench.core.check.rules.EvaluationResultsRestated;
import org.budgetworkbench.core.check.rules.TemplateTextLeftIn;
import org.budgetworkbench.core.check.rules.ScopeWording;
import org.budgetworkbench.core.check.rules.ComparisonYearIsPriorYear;
import org.budgetworkbench.core.check.rules.ComparisonWordMatchesFigures;
import org.budgetworkbench.core.check.rules.EmptyTableHasNote;
import org.budgetworkbench.core.check.rules.ProjectNoteFieldsFilled;
import org.budgetworkbench.core.check.rules.ContentsPageNumbers;
import org.budgetworkbench.core.check.rules.BudgetUnitCountMatchesList;
import org.budgetworkbench.core.check.rules.EditorialPunctuation;
import org.budgetworkbench.core.check.rules.EditorialWording;
import org.budgetworkbench.core.check.rules.UnitLeftOff;
import org.budgetworkbench.core.check.rules.SentenceEndMissing;
import org.budgetworkbench.core.check.rules.DepartmentNameVariant;
import org.budgetworkbench.core.check.rules.NarrativeItemsAddToStatedTotal;
import org.budgetworkbench.core.check.rules.NarrativeVehicleCountsAgree;
import org.budgetworkbench.core.check.rules.LevelWordMatchesDocument;

/** The registry of rules (审核规则清单): every rule the validator runs, in the order a reviewer reads. */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                // within a table
                new ClassEqualsSumOfSections(),
                new TotalEqualsSumOfClasses(),
                new ColumnsAddUp(),
                new SummaryTableBalances(),
                // across tables
                new SummaryMatchesDetailTables(),
                new FiscalSummaryMatchesFundTables(),
                new BasicTableMatchesGpbExpenditure(),
                new ProjectsTableMatchesExpenditure(),
                new ThreePublicMatchesBasicTable(),
                new AgencyCostsWithinPublicFunds(),
                new RequiredTablesPresent(),
                new EmptyTableHasNote(),
                new FundTableHeaderNamesOwnFund(),
                // codes
                new CodeInCatalogue(),
                new CodePrintedOnce(),
                new CodedRowHasCode(),
                // narrative against tables and itself
                new NarrativeAmountMatchesTable(),
                new NarrativeRatesAndShares(),
                new NarrativePartsAddUp(),
                new NarrativeListRoundsToItsTotal(),
                new NarrativeItemsAddToStatedTotal(),
                new NarrativeListedItemsHaveAmounts(),
                new NarrativeProcurementWithinProcurable(),
                new SmeSharesAgreeWithTotals(),
                new NarrativeUnitCountMatchesTables(),
                new NarrativeVehicleCountsAgree(),
                new NarrativeBlankFigure(),
                new AmountInYuanMeantWanyuan(),
                new WholeBudgetMatchesGpbBudget(),
                new ThreePublicChangesConsistent(),
                new NarrativeFunctionSubjectsInTables(),
                new NarrativeItemRestatesItsAmount(),
                new ComparisonYearIsPriorYear(),
                new ComparisonWordMatchesFigures(),
                new ChangeDirectionMatchesFigures(),
                new ScopeWording(),
                new LevelWordMatchesDocument(),
                // the narrative's wording: template leftovers and editorial marks
                new TemplateTextLeftIn(),
                new UnitLeftOff(),
                new DepartmentNameVariant(),
                new TitleNamesOwnDepartment(),
                new EditorialPunctuation(),
                new EditorialWording(),
                new SentenceEndMissing(),
                new ProjectNoteFieldsFilled(),
                new BudgetUnitCountMatchesList(),
                new ContentsPageNumbers(),
                // performance targets and self-evaluations
                new GoalHasAllCoreLevels(),
                new IndicatorUnderOwnLevel(),
                new IndicatorValuePlausible(),
                new IndicatorValueIsAValue(),
                new QuantifiedIndicatorShare(),
                new ActualValueCopiesTarget(),
                new PerformanceProjectNamesMatchProjects(),
                new ExecutionScoreMatchesWeight(),
                new EvaluationTotalIsSumOfScores(),
                new FormFieldLeftBlank(),
                new FormMoneyMatchesTables(),
                new ExpenditureMixMatchesProjectCategories(),
                new SameIndicatorSameValue(),
                new EvaluationResultsRestated());
    }
}
