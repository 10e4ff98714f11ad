package org.quietroom.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ModuleSizes on a module written byte by byte: one imported function, two bodies, their names. */
class ModuleSizesTest {
    private static void name(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length);
        out.writeBytes(bytes);
    }

    private static void section(ByteArrayOutputStream module, int id, byte[] content) {
        module.write(id);
        module.write(content.length);
        module.writeBytes(content);
    }

    @Test
    void bodiesAreAddedUpByTheClassTheirNamesGive() {
        ByteArrayOutputStream module = new ByteArrayOutputStream();
        module.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        ByteArrayOutputStream imports = new ByteArrayOutputStream();
        imports.write(1);
        name(imports, "m");
        name(imports, "f");
        imports.write(0);
        imports.write(0);
        section(module, 2, imports.toByteArray());
        // Two bodies: 2 and 4 bytes, each with its size byte: 3 and 5 bytes in the section.
        section(module, 10, new byte[] {2, 2, 0, 0x0b, 4, 0, 0, 0, 0x0b});
        ByteArrayOutputStream functions = new ByteArrayOutputStream();
        functions.write(3);
        functions.write(0);
        name(functions, "env.imported");
        functions.write(1);
        name(functions, "a.B::x");
        functions.write(2);
        name(functions, "a.B$1::run");
        ByteArrayOutputStream names = new ByteArrayOutputStream();
        name(names, "name");
        names.write(1);
        names.write(functions.size());
        names.writeBytes(functions.toByteArray());
        section(module, 0, names.toByteArray());

        assertEquals(Map.of("a.B", 8L), ModuleSizes.byClass(module.toByteArray()));
    }

    @Test
    void theOwnerIsTheClassBeforeItsMethodLambdaOrSetUp() {
        assertEquals("org.quietroom.core.plan.PlanWriter", ModuleSizes.owner("org.quietroom.core.plan.PlanWriter::choose"));
        assertEquals("org.quietroom.browser.PlanKeeper", ModuleSizes.owner("org.quietroom.browser.PlanKeeper$start$lambda$_1_0::handleEvent"));
        assertEquals("teavm", ModuleSizes.owner("teavm@initializer"));
        assertThrows(IllegalArgumentException.class, () -> ModuleSizes.byClass(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    }
}
