package org.budgetworkbench.core.limits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Seeded mutations of a good file (变异样本): byte flips, truncation, and — inside an .xlsx package — broken XML
 * parts (flipped, cut, a DOCTYPE, an address past the grid); inside a PDF, broken tokens (numbers, brackets,
 * object and xref keywords). The same seed gives the same file, so a failure is reproduced by its number.
 */
final class Mutations {
    private Mutations() {
    }

    static byte[] mutate(byte[] seed, String extension, Random random) {
        try {
            return switch (random.nextInt(10)) {
                case 0, 1 -> flipBytes(seed, random, 1 + random.nextInt(20));
                case 2 -> truncate(seed, random);
                default -> extension.equals("xlsx") ? mutateZipPart(seed, random)
                        : extension.equals("pdf") ? mutatePdfTokens(seed, random)
                        : flipBytes(seed, random, 1 + random.nextInt(200));
            };
        } catch (IOException e) {
            return truncate(seed, random);
        }
    }

    static byte[] flipBytes(byte[] seed, Random random, int flips) {
        byte[] b = seed.clone();
        for (int i = 0; i < flips; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }

    static byte[] truncate(byte[] seed, Random random) {
        return java.util.Arrays.copyOf(seed, random.nextInt(Math.max(1, seed.length)));
    }

    /** Rewrites one XML part of the package with a mutation of its text; the zip itself stays sound. */
    static byte[] mutateZipPart(byte[] seed, Random random) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(seed))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                parts.add(in.readAllBytes());
            }
        }
        if (names.isEmpty()) {
            return flipBytes(seed, random, 5);
        }
        int at = random.nextInt(names.size());
        String xml = new String(parts.get(at), StandardCharsets.UTF_8);
        parts.set(at, mutateXml(xml, random).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(parts.get(i));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String mutateXml(String xml, Random random) {
        if (xml.isEmpty()) {
            return "<";
        }
        int p = random.nextInt(xml.length());
        return switch (random.nextInt(8)) {
            case 0 -> xml.substring(0, p);
            case 1 -> xml.substring(0, p) + "<!DOCTYPE x [<!ENTITY a \"aaaaaaaa\">]>" + xml.substring(p);
            case 2 -> xml.replaceFirst("r=\"[A-Z]+\\d+\"", "r=\"XFD1048576\"");
            case 3 -> xml.replaceFirst("r=\"(\\d+)\"", "r=\"2147483647\"");
            case 4 -> xml.replaceFirst("<v>[^<]*</v>", "<v>" + (random.nextBoolean() ? "NaN" : "1e309") + "</v>");
            case 5 -> xml.substring(0, p) + xml.substring(Math.min(xml.length(), p + 1 + random.nextInt(200)));
            case 6 -> xml.replaceFirst("ref=\"[A-Z]+\\d+:[A-Z]+\\d+\"", "ref=\"A1:XFD1048576\"");
            default -> {
                char[] c = xml.toCharArray();
                for (int i = 0; i < 1 + random.nextInt(10); i++) {
                    c[random.nextInt(c.length)] = "<>\"&/=x0 ".charAt(random.nextInt(9));
                }
                yield new String(c);
            }
        };
    }

    /** Breaks a token of the PDF's text: a number, a bracket run, obj/endobj, xref, a dictionary. */
    static byte[] mutatePdfTokens(byte[] seed, Random random) {
        String s = new String(seed, StandardCharsets.ISO_8859_1);
        int p = random.nextInt(s.length());
        String out = switch (random.nextInt(6)) {
            case 0 -> s.replaceFirst("/Count \\d+", "/Count " + (random.nextBoolean() ? "2147483647" : "-1"));
            case 1 -> s.substring(0, p) + "[".repeat(1 + random.nextInt(5_000)) + s.substring(p);
            case 2 -> s.substring(0, p) + "<<".repeat(1 + random.nextInt(2_000)) + s.substring(p);
            case 3 -> s.replaceFirst("endobj", "endobx");
            case 4 -> s.replaceFirst("startxref\\s+\\d+", "startxref\n" + random.nextInt(Math.max(1, s.length())));
            default -> s.replaceFirst("/Length \\d+", "/Length " + random.nextInt(1_000_000));
        };
        return out.getBytes(StandardCharsets.ISO_8859_1);
    }
}
