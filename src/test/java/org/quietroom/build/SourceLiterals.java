package org.quietroom.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of one Java or JavaScript source, found by a small lexer that knows comments, character
 * literals, text blocks, template literals and (for JavaScript) regular-expression literals, so that a quote in a
 * comment or a regex never starts a literal. Also gives the source with comments removed and every literal replaced
 * by a placeholder, so a test can look at the code around a literal without being fooled by what the literals say.
 */
final class SourceLiterals {
    /** One literal: its value (escapes left as written), its line, and its placeholder's offset in {@link #masked}. */
    record Literal(String value, int line, int maskedOffset) {
    }

    /** Placeholder characters: a private-use code point, so no real source contains them. */
    static final char MARK = '\uE000';

    final List<Literal> literals = new ArrayList<>();
    /** The code with comments blanked and each literal replaced by MARK + its index + MARK. */
    final String masked;

    private SourceLiterals(String masked) {
        this.masked = masked;
    }

    static SourceLiterals java(String source) {
        return lex(source, false);
    }

    static SourceLiterals js(String source) {
        return lex(source, true);
    }

    private static SourceLiterals lex(String s, boolean js) {
        StringBuilder out = new StringBuilder(s.length());
        List<Literal> found = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && next == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    if (s.charAt(k) == '\n') {
                        line++;
                        out.append('\n');
                    }
                }
                out.append(' ');
                i = end;
                continue;
            }
            if (js && c == '/' && regexMayStart(out)) {
                // A regular-expression literal: kept as code, skipped over with its classes and escapes.
                int k = i + 1;
                boolean inClass = false;
                while (k < n && s.charAt(k) != '\n') {
                    char r = s.charAt(k);
                    if (r == '\\') {
                        k += 2;
                        continue;
                    }
                    if (r == '[') {
                        inClass = true;
                    } else if (r == ']') {
                        inClass = false;
                    } else if (r == '/' && !inClass) {
                        break;
                    }
                    k++;
                }
                out.append(s, i, Math.min(k + 1, n));
                i = k + 1;
                continue;
            }
            boolean textBlock = !js && c == '"' && s.startsWith("\"\"\"", i);
            if (c == '"' || (js && (c == '\'' || c == '`')) || (!js && c == '\'')) {
                String close = textBlock ? "\"\"\"" : String.valueOf(c);
                int start = i + close.length();
                int k = start;
                int startLine = line;
                while (k < n && !s.startsWith(close, k)) {
                    if (s.charAt(k) == '\\') {
                        k++;
                    } else if (s.charAt(k) == '\n') {
                        line++;
                    }
                    k++;
                }
                String value = s.substring(start, Math.min(k, n));
                if (c == '\'' && !js) {
                    out.append("' '"); // a Java char literal is not text
                } else {
                    found.add(new Literal(value, startLine, out.length()));
                    out.append(MARK).append(found.size() - 1).append(MARK);
                }
                i = k + close.length();
                continue;
            }
            if (c == '\n') {
                line++;
            }
            out.append(c);
            i++;
        }
        SourceLiterals result = new SourceLiterals(out.toString());
        result.literals.addAll(found);
        return result;
    }

    /** A slash starts a regex where an expression may start: after an operator or bracket, or at the start. */
    private static boolean regexMayStart(StringBuilder before) {
        for (int k = before.length() - 1; k >= 0; k--) {
            char p = before.charAt(k);
            if (Character.isWhitespace(p)) {
                continue;
            }
            if (p == MARK || Character.isLetterOrDigit(p) || p == ')' || p == ']' || p == '_' || p == '$') {
                // after a value; keywords such as "return" before a regex do not occur in Quietroom's scripts
                return endsWithKeyword(before, k);
            }
            return "(,=:[!&|?{};+-*%<>~^".indexOf(p) >= 0;
        }
        return true;
    }

    private static boolean endsWithKeyword(StringBuilder before, int end) {
        for (String kw : List.of("return", "typeof", "case", "in", "of")) {
            int from = end + 1 - kw.length();
            if (from >= 0 && before.substring(from, end + 1).equals(kw)
                    && (from == 0 || !Character.isJavaIdentifierPart(before.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The index of the literal whose placeholder starts at {@code offset} of {@link #masked}, or -1. */
    static int placeholderAt(String masked, int offset) {
        if (offset >= masked.length() || masked.charAt(offset) != MARK) {
            return -1;
        }
        int end = masked.indexOf(MARK, offset + 1);
        return Integer.parseInt(masked.substring(offset + 1, end));
    }

    /** Every literal index whose placeholder appears in {@code code} (a piece of {@link #masked}). */
    static List<Integer> placeholdersIn(String code) {
        List<Integer> out = new ArrayList<>();
        for (int i = code.indexOf(MARK); i >= 0; ) {
            int end = code.indexOf(MARK, i + 1);
            if (end < 0) {
                break;
            }
            out.add(Integer.parseInt(code.substring(i + 1, end)));
            i = code.indexOf(MARK, end + 1);
        }
        return out;
    }
}
