package org.budgetworkbench.core.recognize;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 类级科目名称: the function classes (支出功能分类 类) and economic classes (经济分类 类) by name, current and
 * former, for the class lines of the summary tables. A stand-in until the full catalogue
 * (model/catalog FunctionClassification) is available; only 类 level is needed here.
 */
final class ClassNames {
    private static final Map<String, String> FUNCTION = new LinkedHashMap<>();
    private static final Map<String, String> ECONOMIC = new LinkedHashMap<>();

    static {
        fn("201", "一般公共服务");
        fn("202", "外交");
        fn("203", "国防");
        fn("204", "公共安全");
        fn("205", "教育");
        fn("206", "科学技术");
        fn("207", "文化旅游体育与传媒", "文化体育与传媒", "文化和旅游体育与传媒");
        fn("208", "社会保障和就业");
        fn("209", "社会保险基金");
        fn("210", "卫生健康", "医疗卫生与计划生育", "医疗卫生");
        fn("211", "节能环保");
        fn("212", "城乡社区");
        fn("213", "农林水");
        fn("214", "交通运输");
        fn("215", "资源勘探工业信息等", "资源勘探信息等", "资源勘探电力信息等");
        fn("216", "商业服务业等");
        fn("217", "金融");
        fn("219", "援助其他地区");
        fn("220", "自然资源海洋气象等", "国土海洋气象等", "国土资源气象等");
        fn("221", "住房保障");
        fn("222", "粮油物资储备");
        fn("223", "国有资本经营预算");
        fn("224", "灾害防治及应急管理");
        fn("227", "预备费");
        fn("229", "其他");
        fn("230", "转移性");
        fn("231", "债务还本");
        fn("232", "债务付息");
        fn("233", "债务发行费用");
        fn("234", "抗疫特别国债安排的");
        econ("301", "工资福利支出");
        econ("302", "商品和服务支出");
        econ("303", "对个人和家庭的补助");
        econ("307", "债务利息及费用支出");
        econ("309", "资本性支出(基本建设)");
        econ("310", "资本性支出");
        econ("311", "对企业补助(基本建设)");
        econ("312", "对企业补助");
        econ("313", "对社会保障基金补助");
        econ("399", "其他支出");
    }

    private ClassNames() {
    }

    private static void fn(String code, String... names) {
        for (String n : names) {
            FUNCTION.put(n, code);
        }
    }

    private static void econ(String code, String name) {
        ECONOMIC.put(name, code);
    }

    /** The function class code of a printed class name ("（七）卫生健康支出" → 210), or null. */
    static String functionClass(String printed) {
        String n = Texts.label(printed);
        if (n.endsWith("支出")) {
            n = n.substring(0, n.length() - 2);
        }
        return FUNCTION.get(n);
    }

    /** The economic class code of a printed class name ("工资福利支出" → 301), or null. */
    static String economicClass(String printed) {
        return ECONOMIC.get(Texts.label(printed));
    }
}
