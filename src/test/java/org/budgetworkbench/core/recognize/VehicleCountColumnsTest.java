package org.budgetworkbench.core.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.budgetworkbench.core.ExtractResult;
import org.budgetworkbench.core.read.Grid;
import org.budgetworkbench.model.DisclosureTable;
import org.budgetworkbench.model.TableType;
import org.junit.jupiter.api.Test;

/**
 * A 三公 table that also prints vehicle counts (公务用车购置数 / 公务用车保有量, in 辆): the counts are not money and
 * must not be read as the 购置费 column whose word they share; the 购置费 is read from its own column.
 */
class VehicleCountColumnsTest {
    private final DocumentAssembler assembler = new DocumentAssembler();

    private static Grid grid(Object[]... rows) {
        return DocumentAssemblerTest.grid("三公", List.of(), rows);
    }

    private static Grid grid(List<int[]> merges, Object[]... rows) {
        return DocumentAssemblerTest.grid("三公", merges, rows);
    }

    private DisclosureTable three(Grid g, TableType type) throws Exception {
        ExtractResult r = assembler.assemble(Path.of("测试.xlsx"), List.of(g), List.of());
        return r.document().table(type).orElseThrow();
    }

    private static BigDecimal amount(DisclosureTable t, String column) {
        return t.row("total").orElseThrow().values().get(column);
    }

    @Test
    void countColumnsAfterTheMoneyColumnsAreNotReadAsThePurchaseFee() throws Exception {
        DisclosureTable t = three(grid(
                new Object[] {"表7"},
                new Object[] {"2024 年一般公共预算“三公”经费支出表"},
                new Object[] {null, null, null, null, null, null, "单位：万元"},
                new Object[] {"合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费",
                        "公务用车购置数（辆）", "公务用车保有量（辆）"},
                new Object[] {null, null, "小计", "公务用车购置费", "公务用车运行费"},
                new Object[] {30, 0, 25, 20, 5, 5, 2, 8}), TableType.BUDGET_THREE_PUBLIC);
        assertThat(amount(t, "vehicle_purchase")).isEqualByComparingTo("20");
        assertThat(amount(t, "vehicle")).isEqualByComparingTo("25");
        assertThat(amount(t, "reception")).isEqualByComparingTo("5");
    }

    @Test
    void countColumnsUnderTheFinalAccountsColumnAreNotReadAsThePurchaseFee() throws Exception {
        // 预算数 over columns 0–5, 决算数 over 6–13; each 公务用车购置及运行费 group over its three columns
        List<int[]> merges = List.of(new int[] {2, 2, 0, 5}, new int[] {2, 2, 6, 13}, new int[] {3, 3, 2, 4},
                new int[] {3, 3, 8, 10}, new int[] {3, 4, 0, 0}, new int[] {3, 4, 1, 1}, new int[] {3, 4, 5, 5},
                new int[] {3, 4, 6, 6}, new int[] {3, 4, 7, 7}, new int[] {3, 4, 11, 11}, new int[] {3, 4, 12, 12},
                new int[] {3, 4, 13, 13});
        DisclosureTable t = three(grid(merges,
                new Object[] {"公开09表"},
                new Object[] {"2024年度财政拨款“三公”经费支出决算表"},
                new Object[] {"预算数", null, null, null, null, null, "决算数", null, null, null, null, null, null, null},
                new Object[] {"合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费",
                        "合计", "因公出国（境）费", "公务用车购置及运行费", null, null, "公务接待费", "车辆购置数", "公务用车保有量"},
                new Object[] {null, null, "小计", "公务用车购置费", "公务用车运行费", null,
                        null, null, "小计", "公务用车购置费", "公务用车运行费"},
                new Object[] {40, 4, 30, 20, 10, 6, 36, 3, 28, 19, 9, 5, 1, 6}), TableType.FINAL_THREE_PUBLIC);
        assertThat(amount(t, "final_vehicle_purchase")).isEqualByComparingTo("19");
        assertThat(amount(t, "budget_vehicle_purchase")).isEqualByComparingTo("20");
        assertThat(amount(t, "final_reception")).isEqualByComparingTo("5");
    }

    @Test
    void countsInsideTheVehicleGroupBeforeTheFeeAreNotReadAsTheFee() throws Exception {
        // 公务用车购置及运行费 › 小计 / 购置数量 / 购置费 / 保有量 / 运行费: the counts stand before the money they count
        List<int[]> merges = List.of(new int[] {3, 3, 2, 6}, new int[] {3, 4, 0, 0}, new int[] {3, 4, 1, 1},
                new int[] {3, 4, 7, 7});
        DisclosureTable t = three(grid(merges,
                new Object[] {"表7"},
                new Object[] {"2024 年一般公共预算“三公”经费支出表"},
                new Object[] {null, null, null, null, null, null, null, "单位：万元"},
                new Object[] {"合计", "因公出国（境）费", "公务用车购置及运行费", null, null, null, null, "公务接待费"},
                new Object[] {null, null, "小计", "购置数量（辆）", "公务用车购置费", "保有量（辆）", "公务用车运行费"},
                new Object[] {30, 0, 25, 2, 20, 8, 5, 5}), TableType.BUDGET_THREE_PUBLIC);
        assertThat(amount(t, "vehicle_purchase")).isEqualByComparingTo("20");
        assertThat(amount(t, "vehicle_operation")).isEqualByComparingTo("5");
        assertThat(amount(t, "vehicle")).isEqualByComparingTo("25");
    }
}
