package org.quietroom.build;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import com.jcraft.jzlib.Deflater;
import com.jcraft.jzlib.GZIPException;
import com.jcraft.jzlib.JZlib;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes {@code NAME.br} and {@code NAME.gz} next to every compressible file of the built site
 * ({@link ContentCoding#COMPRESSIBLE}), so that a host sends the build's own compressed bytes rather than
 * compressing on the fly: {@link SiteServer} and the configurations in {@code deploy/} serve them by the
 * request's {@code Accept-Encoding}. A copy is written only when it is smaller than the file.
 *
 * <p>Both are byte-reproducible across machines: the encoders are pinned in the POM rather than taken from the
 * machine, brotli4j (Google's brotli, quality 11, window 24: what {@code brotli -q 11} does) and jzlib (a
 * pure-Java zlib, level 9, so the JDK's zlib, which differs between builds of the JDK, plays no part). The gzip
 * header is fixed: no file name, modification time 0, OS byte 255 ("unknown"). {@code SHA256SUMS} lists the
 * copies; the fingerprint covers the files they are copies of ({@link Fingerprint}).
 */
public final class Precompress {
    /** Brotli's highest quality, as {@code brotli -q 11}. */
    static final int BROTLI_QUALITY = 11;
    /** The brotli CLI's default window (16 MiB); larger than any file here, so it does not limit matches. */
    static final int BROTLI_WINDOW = 24;
    /** zlib's highest level, as {@code gzip -9}. */
    static final int GZIP_LEVEL = 9;
    /** The gzip header's OS byte: 255, "unknown", the same on every machine. */
    static final int GZIP_OS_UNKNOWN = 255;

    private Precompress() {
    }

    /**
     * Writes the compressed copies for every compressible file below {@code site}.
     *
     * @return the site-relative paths of the copies written, in name order
     */
    public static List<String> site(Path site) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && ContentCoding.compressible(name)) {
                    files.add(p);
                }
            }
        }
        java.util.Collections.sort(files);
        List<String> written = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (ContentCoding coding : ContentCoding.values()) {
                byte[] packed = compress(coding, bytes);
                if (packed.length < bytes.length) {
                    Path copy = file.resolveSibling(file.getFileName() + coding.suffix());
                    Files.write(copy, packed);
                    written.add(site.relativize(copy).toString().replace('\\', '/'));
                }
            }
        }
        return written;
    }

    /** The bytes in a coding. */
    public static byte[] compress(ContentCoding coding, byte[] bytes) throws IOException {
        return coding == ContentCoding.BROTLI ? brotli(bytes) : gzip(bytes);
    }

    /** Brotli at quality 11, window 24 (generic mode), as the pinned brotli4j encodes it. */
    public static byte[] brotli(byte[] bytes) throws IOException {
        Brotli4jLoader.ensureAvailability();
        Encoder.Parameters parameters = new Encoder.Parameters().setQuality(BROTLI_QUALITY).setWindow(BROTLI_WINDOW)
                .setMode(Encoder.Mode.GENERIC);
        return Encoder.compress(bytes, parameters);
    }

    /**
     * A gzip member (RFC 1952) with a fixed header and jzlib's deflate at level 9 (window 32 KiB, memory level 8,
     * the default strategy: what {@code gzip -9} asks of zlib).
     */
    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        // ID1 ID2, CM = deflate, FLG = none (no name, no comment, no extra, no header CRC), MTIME = 0,
        // XFL = 2 (the slowest, best compression), OS.
        out.write(new byte[] {(byte) 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) GZIP_OS_UNKNOWN});
        out.write(deflate(bytes));
        CRC32 crc = new CRC32();
        crc.update(bytes);
        writeLittleEndian(out, crc.getValue());
        writeLittleEndian(out, bytes.length & 0xffffffffL);
        return out.toByteArray();
    }

    /** Raw deflate (no zlib or gzip wrapper) by jzlib. */
    static byte[] deflate(byte[] bytes) throws IOException {
        Deflater deflater;
        try {
            deflater = new Deflater(GZIP_LEVEL, JZlib.MAX_WBITS, 8, JZlib.W_NONE);
        } catch (GZIPException e) {
            throw new IOException(e);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[64 * 1024];
            deflater.setInput(bytes);
            int status;
            do {
                deflater.setOutput(buffer);
                status = deflater.deflate(JZlib.Z_FINISH);
                if (status != JZlib.Z_OK && status != JZlib.Z_STREAM_END) {
                    throw new IOException("jzlib deflate failed: " + status + " " + deflater.msg);
                }
                out.write(buffer, 0, buffer.length - deflater.avail_out);
            } while (status != JZlib.Z_STREAM_END);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
