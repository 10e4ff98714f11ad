package org.quietroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of the WasmGC module's classes cost most (issue 20 item 6): reads a module built with its names
 * ({@code scripts/module-sizes} builds one), adds up each function body's bytes by class, and prints the largest.
 * Function {@code i} of the code section is function {@code imports + i}, whose name the "name" section's function
 * subsection gives; TeaVM names them {@code package.Class::method} (lambdas {@code Class$...}, its own set-up
 * {@code teavm@...}).
 */
public final class ModuleSizes {
    private final byte[] b;
    private int at;

    private ModuleSizes(byte[] module) {
        this.b = module;
    }

    /** Bytes of function code (size field included) by class, in the module's order. */
    static Map<String, Long> byClass(byte[] module) {
        return new ModuleSizes(module).read();
    }

    private long leb() {
        long result = 0;
        int shift = 0;
        while (true) {
            int x = b[at++] & 0xff;
            result |= (long) (x & 0x7f) << shift;
            shift += 7;
            if (x < 0x80) {
                return result;
            }
        }
    }

    private void skipName() {
        int length = (int) leb();
        at += length;
    }

    private void skipRefOrValueType() {
        int t = b[at++] & 0xff;
        if (t == 0x63 || t == 0x64) {
            leb();
        }
    }

    private void skipLimits() {
        long flags = leb();
        leb();
        if ((flags & 1) != 0) {
            leb();
        }
    }

    private Map<String, Long> read() {
        if (b.length < 8 || b[0] != 0 || b[1] != 'a' || b[2] != 's' || b[3] != 'm') {
            throw new IllegalArgumentException("not a WebAssembly module");
        }
        at = 8;
        int importedFunctions = 0;
        List<Long> bodies = new ArrayList<>();
        Map<Long, String> names = new TreeMap<>();
        while (at < b.length) {
            int id = b[at++] & 0xff;
            long size = leb();
            int end = (int) (at + size);
            if (id == 2) {
                long n = leb();
                for (long i = 0; i < n; i++) {
                    skipName();
                    skipName();
                    int kind = b[at++] & 0xff;
                    if (kind == 0) {
                        leb();
                        importedFunctions++;
                    } else if (kind == 1) {
                        skipRefOrValueType();
                        skipLimits();
                    } else if (kind == 2) {
                        skipLimits();
                    } else if (kind == 3) {
                        skipRefOrValueType();
                        at++;
                    } else {
                        at++;
                        leb();
                    }
                }
            } else if (id == 10) {
                long n = leb();
                for (long i = 0; i < n; i++) {
                    int start = at;
                    long length = leb();
                    at += (int) length;
                    bodies.add((long) (at - start));
                }
            } else if (id == 0) {
                int nameLength = (int) leb();
                String name = new String(b, at, nameLength, java.nio.charset.StandardCharsets.UTF_8);
                at += nameLength;
                while (name.equals("name") && at < end) {
                    int sub = b[at++] & 0xff;
                    int subLength = (int) leb();
                    int subEnd = at + subLength;
                    if (sub == 1) {
                        long n = leb();
                        for (long i = 0; i < n; i++) {
                            long index = leb();
                            int l = (int) leb();
                            names.put(index, new String(b, at, l, java.nio.charset.StandardCharsets.UTF_8));
                            at += l;
                        }
                    }
                    at = subEnd;
                }
            }
            at = end;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            String name = names.getOrDefault((long) importedFunctions + i, "(no name)");
            out.merge(owner(name), bodies.get(i), Long::sum);
        }
        return out;
    }

    /** The class a TeaVM function name belongs to: before "::", "@" and "$". */
    static String owner(String function) {
        String s = function;
        for (String cut : new String[] {"::", "@", "$"}) {
            int i = s.indexOf(cut);
            s = i > 0 ? s.substring(0, i) : s;
        }
        return s;
    }

    /** Usage: ModuleSizes classes.wasm [rows]. */
    public static void main(String[] args) throws IOException {
        Map<String, Long> sizes = byClass(Files.readAllBytes(Path.of(args[0])));
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> packages = new TreeMap<>();
        sizes.forEach((c, n) -> packages.merge(c.contains(".") ? c.substring(0, c.lastIndexOf('.')) : c, n, Long::sum));
        System.out.println("Function code: " + total + " B in " + sizes.size() + " classes. Largest classes:");
        sizes.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(rows)
                .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
        System.out.println("By package:");
        packages.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue())).limit(rows)
                .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
    }
}
