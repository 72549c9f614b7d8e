package vn.itplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every key in one language bundle exists in the other, and no value is empty. */
class MessageBundlesTest {

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties vietnamese = load("messages_vi.properties");

        assertThat(difference(english, vietnamese)).as("keys only in messages.properties").isEmpty();
        assertThat(difference(vietnamese, english)).as("keys only in messages_vi.properties").isEmpty();
    }

    @Test
    void noValueIsBlank() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_vi.properties"}) {
            Properties properties = load(bundle);
            Set<String> blank = new TreeSet<>();
            properties.forEach((key, value) -> {
                if (value.toString().isBlank()) {
                    blank.add(key.toString());
                }
            });
            assertThat(blank).as("blank values in " + bundle).isEmpty();
        }
    }

    @Test
    void vietnameseBundleIsReallyVietnamese() throws IOException {
        assertThat(load("messages_vi.properties").getProperty("login.title")).isEqualTo("Đăng nhập");
        assertThat(load("messages.properties").getProperty("login.title")).isEqualTo("Sign in");
    }

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> difference(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }
}
