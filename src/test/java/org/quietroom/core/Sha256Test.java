package org.quietroom.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
    @Test
    void agreesWithTheJdk() throws Exception {
        Random random = new Random(42);
        for (int length = 0; length < 300; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), Sha256.digest(data), "length " + length);
        }
    }
}
