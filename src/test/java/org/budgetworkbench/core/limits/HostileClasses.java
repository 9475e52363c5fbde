package org.budgetworkbench.core.limits;

import java.nio.file.Path;

/** The hostile classes at sizes that reproduce them and stay quick to make, by number, for the fuzz run. */
final class HostileClasses {
    static final int COUNT = 16;

    private HostileClasses() {
    }

    static Path make(int n, Path dir) throws Exception {
        return switch (n % COUNT) {
            case 0 -> HostileWorkbooks.manySheets(dir, 2_000);
            case 1 -> HostileWorkbooks.hugeMerges(dir);
            case 2 -> HostileWorkbooks.farCellInDisclosure(dir);
            case 3 -> HostileWorkbooks.rowPastExcel(dir);
            case 4 -> HostileWorkbooks.hugeString(dir, 1_000_000);
            case 5 -> HostileWorkbooks.farColumnRows(dir, 30_000);
            case 6 -> HostileWorkbooks.zipBomb(dir, 60);
            case 7 -> HostileWorkbooks.doctype(dir, n % 2 == 0 ? "[Content_Types].xml" : "docProps/core.xml");
            case 8 -> HostileWorkbooks.encrypted(dir);
            case 9 -> HostileWorkbooks.nanCell(dir);
            case 10 -> HostilePdfs.manyRulings(dir, 30_000);
            case 11 -> HostilePdfs.manyGlyphs(dir, 50_000);
            case 12 -> HostilePdfs.manyPages(dir, 1_100);
            case 13 -> HostilePdfs.nestedContent(dir, 100_000);
            case 14 -> HostilePdfs.nestedDictionary(dir, 50_000);
            default -> HostilePdfs.malformedXref(dir);
        };
    }
}
