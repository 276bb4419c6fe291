package org.dgsm.node.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dgsm.node.NodeSettings;
import org.dgsm.node.config.VillageConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteInitializerTest {

    @TempDir
    Path dir;

    private SiteOptions.Builder options() {
        return SiteTestFiles.loopbackOptions(dir.resolve("state"));
    }

    @Test
    void writesEveryConfigOfTheVillage() throws Exception {
        List<Path> written = SiteInitializer.init("north", dir.resolve("site"), options().build());
        assertThat(written).extracting(p -> dir.resolve("site").relativize(p).toString()).containsExactly(
                "village.yaml", "osmo-stp.cfg", "osmo-msc.cfg", "osmo-sgsn.cfg", "osmo-sip-connector.cfg",
                "freeswitch/vars-dgsm.xml", "kamailio/kamailio-site.cfg");
        for (Path file : written) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("${").contains("north");
        }
    }

    @Test
    void villageYamlIsReadByTheNodesConfigLoader() throws Exception {
        SiteOptions o = options().gsupIp("127.0.0.5").gsupPort(4223).httpBind("127.0.0.5:8043").meshIp("127.0.0.6")
                .sipConnectorPort(5070).mscIp("127.0.0.7").smppPort(2776).mslookupTtl(4).build();
        SiteInitializer.init("north", dir, o);
        NodeSettings s = VillageConfigLoader.load(dir.resolve("village.yaml")).build();
        assertThat(s.siteName()).isEqualTo("north");
        assertThat(s.database()).isEqualTo(dir.toAbsolutePath().resolve("hlr.db"));
        assertThat(s.gsupBind().getHostString()).isEqualTo("127.0.0.5");
        assertThat(s.gsupBind().getPort()).isEqualTo(4223);
        assertThat(s.httpBind().getPort()).isEqualTo(8043);
        assertThat(s.mslookup().ttl()).isEqualTo(4);
        assertThat(s.services()).containsOnlyKeys("sip.voice", "smpp.sms");
        assertThat(s.services().get("sip.voice").port()).isEqualTo(5070);
        assertThat(s.services().get("sip.voice").ip().getHostAddress()).isEqualTo("127.0.0.6");
        assertThat(s.services().get("smpp.sms").ip().getHostAddress()).as("the SMS handler, on the mesh")
                .isEqualTo("127.0.0.6");
        assertThat(s.sms()).as("the SMS handler binds to osmo-msc's SMPP port").isNotNull();
        assertThat(s.sms().toString()).contains("127.0.0.7:2776");
        assertThat(s.proxyEnabled()).isTrue();
    }

    @Test
    void programConfigsCarryTheOptions() throws Exception {
        SiteOptions o = options().gsupIp("127.0.0.5").mscIp("127.0.0.7").sgsnIp("127.0.0.8").stpIp("127.0.0.9")
                .mcc("001").mnc("01").build();
        SiteInitializer.init("north", dir, o);
        String msc = Files.readString(dir.resolve("osmo-msc.cfg"));
        assertThat(msc).contains(" remote-ip 127.0.0.5\n remote-port 4222\n", " ipa-name msc-north\n",
                " network country code 001\n", " mobile network code 01\n", " asp asp-msc 5000 0 ipa\n",
                "  remote-ip 127.0.0.9\n", " mncc external " + o.mnccSocket() + "\n", "  password s3cret\n");
        String sgsn = Files.readString(dir.resolve("osmo-sgsn.cfg"));
        assertThat(sgsn).contains(" gsup remote-ip 127.0.0.5\n", " gsup ipa-name sgsn-north\n",
                "  listen 127.0.0.8 23000\n");
        String stp = Files.readString(dir.resolve("osmo-stp.cfg"));
        assertThat(stp).contains(" listen ipa 5000\n  local-ip 127.0.0.9\n");
        String connector = Files.readString(dir.resolve("osmo-sip-connector.cfg"));
        assertThat(connector).contains(" socket-path " + o.mnccSocket() + "\n");
    }

    @Test
    void m3uaSignallingChangesStpAndMscTogether() throws Exception {
        SiteInitializer.init("north", dir, options().signalling(Signalling.M3UA).build());
        assertThat(Files.readString(dir.resolve("osmo-stp.cfg"))).contains(" listen m3ua 2905\n");
        assertThat(Files.readString(dir.resolve("osmo-msc.cfg")))
                .contains(" asp asp-msc 2905 0 m3ua\n", " as as-msc m3ua\n", "  routing-key 1 0.23.1\n");
    }

    @Test
    void refusesToOverwriteAndWritesNothingThen() throws Exception {
        Files.createDirectories(dir.resolve("kamailio"));
        Files.writeString(dir.resolve("kamailio/kamailio-site.cfg"), "mine");
        assertThatThrownBy(() -> SiteInitializer.init("north", dir, options().build()))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessageContaining("kamailio-site.cfg");
        assertThat(dir.resolve("village.yaml")).doesNotExist();
        assertThat(Files.readString(dir.resolve("kamailio/kamailio-site.cfg"))).isEqualTo("mine");
    }

    @Test
    void overwritesWhenAsked() throws Exception {
        SiteInitializer.init("north", dir, options().build());
        SiteInitializer.init("south", dir, options().overwrite(true).build());
        assertThat(Files.readString(dir.resolve("village.yaml"))).contains("site: south");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void filesAreNotWorldReadable() throws Exception {
        for (Path file : SiteInitializer.init("north", dir, options().build())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        }
    }

    @Test
    void refusesNamesThatAreNotVillageNames() {
        for (String bad : new String[] {"", "-x", "a b", "a/b", "x".repeat(64), "caf\u00e9", "a\nb"}) {
            assertThatThrownBy(() -> SiteInitializer.init(bad, dir, options().build()))
                    .as("'%s'", bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("village name");
        }
    }

    @Test
    void missingTemplateIsNamedWithItsFolder() {
        assertThatThrownBy(() -> SiteInitializer.init("north", dir.resolve("out"),
                options().templates(dir.resolve("nowhere")).build()))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("nowhere");
    }

    @Test
    void everyPlaceholderOfTheTemplatesHasAValueAndIsDocumented() throws Exception {
        String readme = Files.readString(SiteTestFiles.templates().resolve("README.md"));
        var values = SiteVariables.of("north", options().build());
        Pattern placeholder = Pattern.compile("(?<!\\$)\\$\\{([^}]*)}");
        for (SiteInitializer.SiteFile file : SiteInitializer.FILES) {
            Matcher m = placeholder.matcher(Files.readString(SiteTestFiles.templates().resolve(file.template())));
            while (m.find()) {
                assertThat(values).as("%s: ${%s}", file.template(), m.group(1)).containsKey(m.group(1));
            }
            assertThat(readme).as("README lists %s", file.template()).contains("`" + file.template() + "`");
        }
        for (String name : values.keySet()) {
            assertThat(readme).as("README documents ${%s}", name).contains("`" + name + "`");
        }
    }
}
