package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key in one language bundle exists in the other (for {@code messages} and each feature bundle
 * under {@code i18n/}), no value is empty, and no key is defined by two bundles.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyBundleHoldsTheSameKeysInBothLanguages() throws IOException {
        List<String> basenames = basenames();
        assertThat(basenames).contains("messages");
        for (String basename : basenames) {
            Properties english = load(basename + ".properties");
            Properties vietnamese = load(basename + "_vi.properties");
            assertThat(difference(english, vietnamese))
                    .as("keys only in " + basename + ".properties")
                    .isEmpty();
            assertThat(difference(vietnamese, english))
                    .as("keys only in " + basename + "_vi.properties")
                    .isEmpty();
        }
    }

    @Test
    void noValueIsBlank() throws IOException {
        for (String basename : basenames()) {
            for (String file : List.of(basename + ".properties", basename + "_vi.properties")) {
                Set<String> blank = new TreeSet<>();
                load(file).forEach((key, value) -> {
                    if (value.toString().isBlank()) {
                        blank.add(key.toString());
                    }
                });
                assertThat(blank).as("blank values in " + file).isEmpty();
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String basename : basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, basename);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + basename);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void theApplicationLoadsExactlyTheseBundles() throws IOException {
        assertThat(MessageSourceConfig.basenames()).containsExactlyInAnyOrderElementsOf(basenames());
    }

    @Test
    void vietnameseBundleIsReallyVietnamese() throws IOException {
        assertThat(load("messages_vi.properties").getProperty("login.title")).isEqualTo("Đăng nhập");
        assertThat(load("messages.properties").getProperty("login.title")).isEqualTo("Sign in");
    }

    /** {@code messages} and every {@code i18n/x} that has an English base file. */
    static List<String> basenames() throws IOException {
        List<String> names = new ArrayList<>(List.of("messages"));
        Path i18n = RESOURCES.resolve("i18n");
        if (Files.isDirectory(i18n)) {
            try (Stream<Path> files = Files.list(i18n)) {
                files.map(f -> f.getFileName().toString())
                        .filter(f -> f.endsWith(".properties") && !f.contains("_"))
                        .map(f -> "i18n/" + f.substring(0, f.length() - ".properties".length()))
                        .sorted()
                        .forEach(names::add);
            }
        }
        return names;
    }

    static Properties load(String name) throws IOException {
        Path file = RESOURCES.resolve(name);
        assertThat(file).as(name).exists();
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }
}
