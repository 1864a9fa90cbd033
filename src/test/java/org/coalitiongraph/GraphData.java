package org.coalitiongraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The data a test class runs on: before its first test the graph is emptied and these datasets
 * from {@code datasets/} are loaded. Isolates test classes that share one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GraphData {

    /** Dataset ids, e.g. {@code demo-hrc47}; none for an empty graph. */
    String[] value() default {};
}
