package io.m365connect.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class AppIconsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void everyWindowIconSizeIsASquarePngOfThatSize() throws IOException {
        for (int size : AppIcons.SIZES) {
            try (InputStream raw = AppIcons.class.getResourceAsStream(AppIcons.resource(size))) {
                assertNotNull(raw, AppIcons.resource(size));
                DataInputStream in = new DataInputStream(raw);
                byte[] signature = new byte[8];
                in.readFully(signature);
                assertArrayEquals(PNG_SIGNATURE, signature, AppIcons.resource(size));
                in.readInt();
                assertEquals("IHDR", new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII));
                assertEquals(size, in.readInt(), "width of " + AppIcons.resource(size));
                assertEquals(size, in.readInt(), "height of " + AppIcons.resource(size));
            }
        }
    }
}
