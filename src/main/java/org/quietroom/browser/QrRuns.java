package org.quietroom.browser;

import io.nayuki.qrcodegen.QrCode;

/**
 * The dark modules of a QR code as horizontal runs, so that a drawing needs one rectangle per run rather than
 * one per module. Pure Java (no browser), so the JVM tests check it against the library's own matrix.
 */
final class QrRuns {
    private QrRuns() {
    }

    /** Triples {@code x, y, length}, row by row, left to right; every dark module is in exactly one run. */
    static int[] of(QrCode qr) {
        int[] out = new int[16 * 3];
        int n = 0;
        for (int y = 0; y < qr.size; y++) {
            int x = 0;
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < qr.size && qr.getModule(x, y)) {
                    x++;
                }
                if (n + 3 > out.length) {
                    int[] bigger = new int[out.length * 2];
                    System.arraycopy(out, 0, bigger, 0, n);
                    out = bigger;
                }
                out[n++] = start;
                out[n++] = y;
                out[n++] = x - start;
            }
        }
        int[] exact = new int[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }
}
