package org.dgsm.hlr.auc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards that every line of the vector file falls into a family some parameterised test
 * consumes, so a line added to the file cannot go untested.
 */
class AucVectorFileTest {

    /** Name prefix of each family, with the test that runs it and the number of lines. */
    private static final Map<String, Integer> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("milenage_35208_set", 6); // MilenageTest
        FAMILIES.put("opc_libosmocore", 1); // MilenageTest
        FAMILIES.put("milenage_libosmocore_sqn34", 1); // AuthVectorGeneratorVectorTest
        FAMILIES.put("auts_libosmocore", 1); // AuthVectorGeneratorVectorTest, AutsVerifierTest
        FAMILIES.put("auc_", 7); // AuthVectorGeneratorVectorTest
        FAMILIES.put("comp128v1_", 9); // Comp128Test
        FAMILIES.put("comp128v2_", 6); // Comp128Test
        FAMILIES.put("comp128v3_", 4); // Comp128Test
        FAMILIES.put("xor2g_", 2); // Xor2gTest
        FAMILIES.put("hlr_sqn_ind_", 6); // OsmoHlrSqnIndCaptureTest
        FAMILIES.put("c2c3_", 1); // UmtsToGsmTest
        FAMILIES.put("tuak TS 35.233", 6); // TuakTest
    }

    @Test
    void everyVectorLineBelongsToExactlyOneTestedFamily() {
        for (AucVectors.Vector v : AucVectors.all()) {
            List<String> owners = FAMILIES.keySet().stream().filter(p -> v.name().startsWith(p)).toList();
            assertThat(owners).as(v.name()).hasSize(1);
        }
    }

    @Test
    void familiesHaveTheExpectedNumberOfLines() {
        for (Map.Entry<String, Integer> family : FAMILIES.entrySet()) {
            long count = AucVectors.all().stream().filter(v -> v.name().startsWith(family.getKey())).count();
            assertThat(count).as(family.getKey()).isEqualTo(family.getValue().longValue());
        }
        assertThat(AucVectors.all()).hasSize(FAMILIES.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void parsesFieldsAndIgnoresFreeText() {
        AucVectors.Vector auts = AucVectors.named("auts_libosmocore");
        assertThat(auts.out("sqn_ms")).isEqualTo("00000000001f");
        assertThat(auts.outAll("then")).containsExactly("74", "106");
        assertThat(AucVectors.named("auc_xor_3g").out("kc")).isEqualTo("98e880384887f9fe");
        assertThat(AucVectors.named("hlr_sqn_ind_3").in("vlr")).isEqualTo("msc-B1");
    }
}
