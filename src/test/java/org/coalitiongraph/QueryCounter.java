package org.coalitiongraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.util.ClassUtils;

/**
 * Counts the Cypher queries the app sends, by wrapping the driver: every {@code run} on a session or
 * transaction and every {@code execute} of an executable query counts once.
 */
@TestComponent
public final class QueryCounter implements BeanPostProcessor {

    private static final Set<String> QUERY_METHODS = Set.of("run", "execute");

    private final AtomicInteger queries = new AtomicInteger();

    public int count() {
        return queries.get();
    }

    public void reset() {
        queries.set(0);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof Driver driver ? wrap(driver) : bean;
    }

    /** Sessions, transactions and executable queries; records and values are passed through untouched. */
    private static boolean runsQueries(Object result) {
        return Arrays.stream(ClassUtils.getAllInterfacesForClass(result.getClass()))
                .anyMatch(type -> type.getName().matches("org\\.neo4j\\.driver\\.(\\w+\\.)?\\w*(Session|Transaction|ExecutableQuery|QueryRunner)"));
    }

    private Object wrap(Object target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (QUERY_METHODS.contains(method.getName())) {
                queries.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return result != null && runsQueries(result) ? wrap(result) : result;
        };
        var interfaces = Arrays.stream(ClassUtils.getAllInterfacesForClass(target.getClass()))
                .filter(type -> Modifier.isPublic(type.getModifiers()))
                .filter(type -> type.getPackageName().startsWith("org.neo4j.driver") && !type.getPackageName().contains("internal"))
                .toArray(Class<?>[]::new);
        return interfaces.length == 0 ? target : Proxy.newProxyInstance(Driver.class.getClassLoader(), interfaces, handler);
    }
}
