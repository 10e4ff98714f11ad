package org.quietroom.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

class QrRunsTest {

    @Test
    void theRunsCoverExactlyTheDarkModules() {
        for (String text : new String[] {"a", "https://quietroom.app/#q1AQFB",
            "https://quietroom.app/#q1" + "A".repeat(2000)}) {
            QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
            int[] runs = QrRuns.of(qr);
            assertEquals(0, runs.length % 3);
            int[][] covered = new int[qr.size][qr.size];
            for (int i = 0; i < runs.length; i += 3) {
                int x = runs[i];
                int y = runs[i + 1];
                int length = runs[i + 2];
                assertTrue(length >= 1);
                for (int k = 0; k < length; k++) {
                    covered[y][x + k]++;
                }
                // A run is as long as it can be: the modules either side are light or outside the code.
                assertTrue(x == 0 || !qr.getModule(x - 1, y), "run starts at a dark module's left edge");
                assertTrue(x + length == qr.size || !qr.getModule(x + length, y), "run ends at a light module");
            }
            for (int y = 0; y < qr.size; y++) {
                for (int x = 0; x < qr.size; x++) {
                    assertEquals(qr.getModule(x, y) ? 1 : 0, covered[y][x], text.length() + " at " + x + "," + y);
                }
            }
        }
    }
}
