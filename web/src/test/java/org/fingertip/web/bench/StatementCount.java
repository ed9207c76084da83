package org.fingertip.web.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The JDBC statements a thread issues while it is counting, through datasource-proxy around the application's data
 * source: each statement of a batch counts, by step and by kind (the engine's ACT_ tables or the registry's, and the
 * SQL verb). Threads that are not counting pass through untouched.
 */
final class StatementCount implements QueryExecutionListener {
    private static final ThreadLocal<Map<String, Integer>> COUNTING = new ThreadLocal<>();
    /** -Dbench.sql-log=true prints each counted statement (its first 160 characters). */
    private static final boolean LOG = Boolean.getBoolean("bench.sql-log");

    /** Counts what {@code work} issues on this thread: kind → statements ("total" included). */
    static Map<String, Integer> of(Runnable work) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("total", 0);
        COUNTING.set(counts);
        try {
            work.run();
        } finally {
            COUNTING.remove();
        }
        return counts;
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        Map<String, Integer> counts = COUNTING.get();
        if (counts == null) {
            return;
        }
        for (QueryInfo q : queryInfoList) {
            int n = execInfo.isBatch() ? Math.max(1, q.getParametersList().size()) : 1;
            String sql = q.getQuery().trim().toUpperCase(Locale.ROOT);
            String verb = sql.split("\\s+", 2)[0];
            String owner = sql.contains("ACT_") ? "engine" : "registry";
            counts.merge("total", n, Integer::sum);
            counts.merge(owner + "." + verb.toLowerCase(Locale.ROOT), n, Integer::sum);
            if (LOG) {
                System.out.println("bench sql x" + n + ": " + sql.replaceAll("\\s+", " ").substring(0,
                        Math.min(160, sql.replaceAll("\\s+", " ").length())));
            }
        }
    }

    /** Wraps the application's data source in the counting proxy. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource ds && beanName.equals("dataSource")) {
                        return ProxyDataSourceBuilder.create(ds).name("bench").listener(new StatementCount()).build();
                    }
                    return bean;
                }
            };
        }
    }
}
