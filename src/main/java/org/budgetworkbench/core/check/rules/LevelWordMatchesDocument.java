package org.budgetworkbench.core.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetworkbench.core.check.NarrativeText;
import org.budgetworkbench.core.check.NarrativeText.Section;
import org.budgetworkbench.core.check.Rule;
import org.budgetworkbench.model.Document;
import org.budgetworkbench.model.Finding;
import org.budgetworkbench.model.FindingKind;
import org.budgetworkbench.model.Severity;

/**
 * 财政级次用词与文档级次不符: a district's (区/县) document whose text says "区级财政" — its own level — and in another
 * place "市级财政" or "省级财政" for the same thing (a 名词解释 copied from the city's template: "国有资本经营预算财政拨款收入：
 * 指市级财政…当年拨付的资金" between two definitions that say 区级财政). A city's document saying 省级财政 beside 市级财政
 * is the same slip one level up. A higher level's money named as such — 市级转移支付, 上级补助, 市级专项 — is right
 * and passes; a document that never uses its own level's word is not judged (which word is meant is then not told).
 * A note (info): the figures are not affected.
 */
public final class LevelWordMatchesDocument implements Rule {
    /** 洪山区, 普陀区, 浦东新区, XX县 after a city: the district a department belongs to. */
    private static final Pattern DISTRICT = Pattern.compile("(?:市|^)[^市区县省]{2,3}(区|县)(?![域划块间别])");
    private static final Pattern CITY = Pattern.compile("^(?:中共)?[^市区县省]{2,4}市(?![场民])");
    /** 市级财政, 区财政 — not 市财政局 (a body's name) nor 社区 / 地区. */
    private static final Pattern LEVEL_WORD = Pattern.compile("(?<![社地园景城郊])(省|市|区|县)(级)?财政(?![局厅所部委])");
    /** A higher level's money named as such: legitimate in a district's text. */
    private static final Pattern HIGHER_MONEY = Pattern.compile("转移支付|上级|补助|下达|专项|配套|争取|返还|结算|市级资金|省级资金");
    private static final String ORDER = "省市区县";

    @Override
    public String id() {
        return "text.level_word";
    }

    @Override
    public List<Finding> check(Document doc) {
        Optional<String> own = level(doc.department());
        if (own.isEmpty()) {
            return List.of();
        }
        boolean ownUsed = NarrativeText.of(doc).stream().anyMatch(s -> {
            Matcher m = LEVEL_WORD.matcher(s.text());
            while (m.find()) {
                if (sameLevel(m.group(1), own.get())) {
                    return true;
                }
            }
            return false;
        });
        if (!ownUsed) {
            return List.of();
        }
        return NarrativeText.each(doc, LEVEL_WORD, (s, m) -> finding(s, m, own.get()));
    }

    private Finding finding(Section s, Matcher m, String own) {
        String level = m.group(1);
        if (!higher(level, own)) {
            return null;
        }
        String ownWord = own + (m.group(2) == null ? "" : "级") + "财政";
        String sentence = s.sentence(m.start());
        if (HIGHER_MONEY.matcher(sentence).find()) {
            return null;
        }
        return new Finding(id(), FindingKind.OTHER, Severity.INFO, s.place(m.start()), m.group(), ownWord,
                "本文档为" + own + "级部门，此处称“" + m.group() + "”，文中其他处称“" + ownWord + "”，级次用词前后不一致");
    }

    /** Is {@code level} above {@code own}? 区 and 县 are one level. */
    private static boolean higher(String level, String own) {
        return rank(level) < rank(own);
    }

    private static boolean sameLevel(String level, String own) {
        return rank(level) == rank(own);
    }

    private static int rank(String level) {
        int i = ORDER.indexOf(level);
        return i == 3 ? 2 : i;
    }

    /** The level of a department by its name: 区/县 where it names a district, 市 where only a city; else none. */
    static Optional<String> level(String department) {
        if (department == null || department.isBlank()) {
            return Optional.empty();
        }
        String d = department.strip();
        Matcher m = DISTRICT.matcher(d);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        return CITY.matcher(d).find() ? Optional.of("市") : Optional.empty();
    }
}
