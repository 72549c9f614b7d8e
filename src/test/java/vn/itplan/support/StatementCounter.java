package vn.itplan.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares (JPA and JDBC alike), to prove that a page or a roll-up
 * issues a bounded number of statements whatever the data size. Import it into a test and call {@link #count}.
 * Only the statements of the calling thread count (MockMvc runs the request in it), so that the application's own
 * background work at that moment (the session store's clean-up, a scheduled job) does not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final ThreadLocal<int[]> STATEMENTS = ThreadLocal.withInitial(() -> new int[1]);

    /** The number of statements prepared while {@code work} runs. */
    public static <T> Counted<T> count(Supplier<T> work) {
        int before = STATEMENTS.get()[0];
        T result = work.get();
        return new Counted<>(result, STATEMENTS.get()[0] - before);
    }

    public record Counted<T>(T result, int statements) {}

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
            }
        };
    }

    private static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection connection ? wrap(connection) : result;
                });
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENT_METHODS.contains(method.getName())) {
                        STATEMENTS.get()[0]++;
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
